// electron-builder afterPack hook: flips Electron's fuses in the packaged binary
// (before it is signed) so the shipped app cannot be run as plain Node, take
// NODE_OPTIONS or --inspect, or load code from outside its checked asar.
exports.default = async function afterPack(context) {
  // `npm run package:check` packs against a stand-in Electron dist (no real binary, so no fuses to flip).
  if (process.env.MEND_STAND_IN_ELECTRON_DIST) {
    console.log('[after-pack] stand-in Electron dist: fuses not flipped (package:check only)');
    return;
  }
  const { FuseV1Options, FuseVersion } = await import('@electron/fuses');
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
};
