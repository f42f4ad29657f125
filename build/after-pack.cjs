// electron-builder afterPack hook: flips Electron's fuses in the packaged binary
// (before it is signed) so the shipped app cannot be run as plain Node, take
// NODE_OPTIONS or --inspect, or load code from outside its checked asar.
exports.default = async function afterPack(context) {
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
