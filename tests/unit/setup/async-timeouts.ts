// CI shares two cores with other work: under load a save through the real
// services (and every passphrase's KDF) can take seconds, and Testing Library's
// one-second default for findBy/waitFor then fails tests whose behaviour is
// right. A longer ceiling costs nothing when the condition is met at once.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 15_000 });
}

export {};
