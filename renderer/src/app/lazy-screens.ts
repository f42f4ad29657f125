// Screens and print views loaded only when first visited, so the start of the
// app (lock screen, home, exercises) carries no chart, summary or settings code.
import { lazy } from 'react';

export const ExportScreen = lazy(() => import('../screens/export/ExportScreen.tsx').then((m) => ({ default: m.ExportScreen })));
export const ProgressScreen = lazy(() => import('../screens/progress/ProgressScreen.tsx').then((m) => ({ default: m.ProgressScreen })));
export const SearchScreen = lazy(() => import('../screens/SearchScreen.tsx').then((m) => ({ default: m.SearchScreen })));
export const TimelineScreen = lazy(() => import('../screens/TimelineScreen.tsx').then((m) => ({ default: m.TimelineScreen })));
export const WorksheetsScreen = lazy(() => import('../screens/WorksheetsScreen.tsx').then((m) => ({ default: m.WorksheetsScreen })));
export const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })));
export const WorksheetPrint = lazy(() => import('../print/WorksheetPrint.tsx').then((m) => ({ default: m.WorksheetPrint })));
export const SummaryPrint = lazy(() => import('../print/SummaryPrint.tsx').then((m) => ({ default: m.SummaryPrint })));
export const PacketPrint = lazy(() => import('../print/PacketPrint.tsx').then((m) => ({ default: m.PacketPrint })));
