// Who Mend is to the operating system. The id must equal electron-builder's
// appId (build/electron-builder.yml; a unit test compares them): Windows ties
// notifications, the taskbar pin and the installer's shortcut to it.
export const APP_ID = 'app.mend.workbook';
export const APP_NAME = 'Mend';
