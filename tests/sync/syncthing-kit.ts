// Two Syncthing instances (Debian's `syncthing`) on 127.0.0.1, each with its
// own home folder and port, sharing one folder between two replicas. Only
// loopback: global and local discovery, relays, NAT traversal, usage
// reporting, crash reports, upgrades and the web GUI are all off. Started by
// the test and stopped after it.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface SyncthingPair {
  replicas: [string, string];
  stop(): Promise<void>;
}

const env = { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1', STGUIADDRESS: '' };

function config(replica: string, ids: [string, string], ports: [number, number], mine: number): string {
  const devices = ids.map((id, i) => `<device id="${id}" name="mend-test-${i}" compression="never"><address>tcp://127.0.0.1:${ports[i]}</address></device>`).join('\n  ');
  return `<configuration version="36">
  <folder id="mend-exchange-test" label="mend" path="${replica}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1">
    ${ids.map((id) => `<device id="${id}"></device>`).join('\n    ')}
  </folder>
  ${devices}
  <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${ports[mine]}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <announceLANAddresses>false</announceLANAddresses>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
`;
}

export async function startSyncthingPair(root: string): Promise<SyncthingPair> {
  const homes = [join(root, 'st-home-a'), join(root, 'st-home-b')] as const;
  const replicas: [string, string] = [join(root, 'replica-a'), join(root, 'replica-b')];
  const ids = homes.map((home) => {
    execFileSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder'], { env, stdio: 'ignore' });
    return execFileSync('syncthing', ['serve', `--home=${home}`, '--device-id'], { env, encoding: 'utf8' }).trim();
  }) as [string, string];
  const ports: [number, number] = [await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  for (const i of [0, 1] as const) {
    mkdirSync(join(replicas[i], '.stfolder'), { recursive: true });
    writeFileSync(join(homes[i], 'config.xml'), config(replicas[i], ids, ports, i));
    children.push(
      spawn('syncthing', ['serve', `--home=${homes[i]}`, '--no-browser', '--no-restart', '--no-upgrade', '--skip-port-probing'], { env, stdio: 'ignore' }),
    );
  }
  return {
    replicas,
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
            }),
        ),
      );
    },
  };
}
