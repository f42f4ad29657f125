// How long a passphrase may be. On their own (not in the contract) so the lock
// screen's form can use them without bringing the whole contract, and with it
// every exercise of the catalog, into the JavaScript loaded at start.
export const PASSPHRASE_MIN = 8;
export const PASSPHRASE_MAX = 1024;
