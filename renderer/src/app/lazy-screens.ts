// Screens and print views loaded only when first visited, so the start of the
// app (the lock screen) carries no workbook, chart, summary or settings code.
// The unlocked workbook (home, exercises) and first start load while the lock
// screen waits for the passphrase (preloadWorkbook), so unlocking is not held up.
import { lazy } from 'react';

const openWorkbook = () => import('./OpenWorkbook.tsx');
export const OpenWorkbook = lazy(() => openWorkbook().then((m) => ({ default: m.OpenWorkbook })));
export const AppHeader = lazy(() => import('../components/AppHeader.tsx').then((m) => ({ default: m.AppHeader })));
export const DamagedNotice = lazy(() => import('../components/DamagedNotice.tsx').then((m) => ({ default: m.DamagedNotice })));
export const OlderCopyNotice = lazy(() => import('../components/OlderCopyNotice.tsx').then((m) => ({ default: m.OlderCopyNotice })));
export const TogetherBanner = lazy(() => import('../partners/TogetherBanner.tsx').then((m) => ({ default: m.TogetherBanner })));
export const Onboarding = lazy(() => import('../screens/onboarding/Onboarding.tsx').then((m) => ({ default: m.Onboarding })));
export const InfoScreen = lazy(() => import('../screens/InfoScreen.tsx').then((m) => ({ default: m.InfoScreen })));

/** Fetches the unlocked workbook's code in the background, once the lock screen is up. */
export function preloadWorkbook(): void {
  void openWorkbook();
  void import('../components/AppHeader.tsx');
  void import('../components/DamagedNotice.tsx');
  void import('../partners/TogetherBanner.tsx');
}

export const ExportScreen = lazy(() => import('../screens/export/ExportScreen.tsx').then((m) => ({ default: m.ExportScreen })));
export const ProgressScreen = lazy(() => import('../screens/progress/ProgressScreen.tsx').then((m) => ({ default: m.ProgressScreen })));
export const SearchScreen = lazy(() => import('../screens/SearchScreen.tsx').then((m) => ({ default: m.SearchScreen })));
export const TimelineScreen = lazy(() => import('../screens/TimelineScreen.tsx').then((m) => ({ default: m.TimelineScreen })));
export const WorksheetsScreen = lazy(() => import('../screens/WorksheetsScreen.tsx').then((m) => ({ default: m.WorksheetsScreen })));
export const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })));
export const WorksheetPrint = lazy(() => import('../print/WorksheetPrint.tsx').then((m) => ({ default: m.WorksheetPrint })));
export const SummaryPrint = lazy(() => import('../print/SummaryPrint.tsx').then((m) => ({ default: m.SummaryPrint })));
export const PacketPrint = lazy(() => import('../print/PacketPrint.tsx').then((m) => ({ default: m.PacketPrint })));

/** Fetches every print view's code: a print window standing by for its next job has it ready. */
export async function preloadPrintViews(): Promise<void> {
  await Promise.all([import('../print/WorksheetPrint.tsx'), import('../print/SummaryPrint.tsx'), import('../print/PacketPrint.tsx')]);
}
