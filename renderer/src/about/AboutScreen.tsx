// About Mend: what it is, its version, and the licences of the open-source
// packages it ships. Readable without unlocking (nothing private here).
import licenses from './third-party-licenses.json';


export function AboutScreen() {
  return (
    <>
      <h1>About Mend</h1>
      <p className="lede">A private workbook for rebuilding trust. Version {__APP_VERSION__}.</p>
      <p>Mend is a workbook, not therapy, and it cannot promise how things turn out. Everything you write stays encrypted on this computer.</p>
      <h2 className="section-title">Open-source licences</h2>
      <p className="muted">Mend is built with these packages, with thanks to their authors. Electron and Chromium’s own licences ship beside the app (LICENSE and LICENSES.chromium.html).</p>
      <table className="licenses">
        <caption className="visually-hidden">Packages and their licences</caption>
        <thead>
          <tr><th scope="col">Package</th><th scope="col">Version</th><th scope="col">Licence</th></tr>
        </thead>
        <tbody>
          {licenses.map((l) => (
            <tr key={l.name}><th scope="row">{l.name}</th><td>{l.version}</td><td>{l.license}</td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
