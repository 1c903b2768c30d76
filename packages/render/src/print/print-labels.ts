import type { Locale } from '@waymark/domain';

/** The words a tiled print adds to each sheet, in the map's language. Numbers come formatted. */
export interface PrintLabels {
  /** "Page 2 of 6 · row 1, column 2". */
  sheet: (page: string, pages: string, row: string, column: string) => string;
  /** What the dashed assembly guides mean. */
  guides: (mm: string) => string;
}

const LABELS: Record<Locale, PrintLabels> = {
  en: {
    sheet: (p, n, r, c) => `Page ${p} of ${n} · row ${r}, column ${c}`,
    guides: (mm) => `Dashed lines: where the neighbouring page overlaps this one (${mm} mm)`,
  },
  th: {
    sheet: (p, n, r, c) => `หน้า ${p} จาก ${n} · แถว ${r} คอลัมน์ ${c}`,
    guides: (mm) => `เส้นประ: แนวที่หน้าข้างเคียงซ้อนทับหน้านี้ (${mm} มม.)`,
  },
  'zh-TW': {
    sheet: (p, n, r, c) => `第 ${p} 頁，共 ${n} 頁 · 第 ${r} 列，第 ${c} 欄`,
    guides: (mm) => `虛線：相鄰頁面與本頁重疊之處（${mm} 公釐）`,
  },
  vi: {
    sheet: (p, n, r, c) => `Trang ${p}/${n} · hàng ${r}, cột ${c}`,
    guides: (mm) => `Nét đứt: nơi trang bên cạnh chồng lên trang này (${mm} mm)`,
  },
  fa: {
    sheet: (p, n, r, c) => `صفحهٔ ${p} از ${n} · ردیف ${r}، ستون ${c}`,
    guides: (mm) => `خط‌چین: جایی که صفحهٔ کناری روی این صفحه می‌افتد (${mm} میلی‌متر)`,
  },
};

/** The print labels of `locale`. */
export function printLabels(locale: Locale): PrintLabels {
  return LABELS[locale];
}
