import { journeyFiguresSchema, journeySchema, laneKindLabel, personaSchema } from '@waymark/domain';
import type { Journey, JourneyFigures, JourneyInput, Locale, Persona } from '@waymark/domain';

/** Texts of the sample online-store journey in one locale. */
interface SampleTexts {
  title: string;
  stages: [string, string, string, string];
  actions: [string, string, string, string];
  pain: string;
  opportunity: string;
  note: string;
}

const TEXTS: Record<Locale, SampleTexts> = {
  en: {
    title: 'Online store',
    stages: ['Discover', 'Compare', 'Checkout', 'Delivery'],
    actions: [
      'Sees an ad on social media',
      'Compares prices and reviews',
      'Pays with a card',
      'Tracks the parcel',
    ],
    pain: 'Shipping costs appear only at the last step',
    opportunity: 'Show the delivery fee on the product page',
    note: 'Relieved',
  },
  th: {
    title: 'ร้านค้าออนไลน์',
    stages: ['ค้นพบ', 'เปรียบเทียบ', 'ชำระเงิน', 'จัดส่ง'],
    actions: ['เห็นโฆษณาบนโซเชียลมีเดีย', 'เปรียบเทียบราคาและรีวิวสินค้า', 'ชำระเงินด้วยบัตรเครดิต', 'ติดตามพัสดุ'],
    pain: 'ค่าจัดส่งแสดงเฉพาะขั้นตอนสุดท้ายของการสั่งซื้อ',
    opportunity: 'แสดงค่าจัดส่งบนหน้าสินค้า',
    note: 'โล่งใจ',
  },
  'zh-TW': {
    title: '線上商店',
    stages: ['發現', '比較', '結帳', '配送'],
    actions: ['在社群媒體上看到廣告', '比較價格與評論', '使用信用卡付款', '追蹤包裹'],
    pain: '運費直到最後一步才顯示，讓人覺得被欺騙',
    opportunity: '在商品頁面顯示運費',
    note: '放心了',
  },
  vi: {
    title: 'Cửa hàng trực tuyến',
    stages: ['Khám phá', 'So sánh', 'Thanh toán', 'Giao hàng'],
    actions: [
      'Thấy quảng cáo trên mạng xã hội',
      'So sánh giá và đánh giá',
      'Thanh toán bằng thẻ',
      'Theo dõi bưu kiện',
    ],
    pain: 'Phí vận chuyển chỉ hiện ở bước cuối cùng',
    opportunity: 'Hiển thị phí giao hàng trên trang sản phẩm',
    note: 'Yên tâm',
  },
  fa: {
    title: 'فروشگاه آنلاین',
    stages: ['کشف', 'مقایسه', 'پرداخت', 'تحویل'],
    actions: [
      'تبلیغ را در شبکه‌های اجتماعی می‌بیند',
      'قیمت‌ها و نظرات را مقایسه می‌کند',
      'با کارت پرداخت می‌کند',
      'بسته را پیگیری می‌کند',
    ],
    pain: 'هزینه ارسال فقط در مرحله آخر نمایش داده می‌شود',
    opportunity: 'نمایش هزینه ارسال در صفحه محصول',
    note: 'آسوده',
  },
};

/** A 1x1 transparent PNG as a data: URL. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * A small online-store service blueprint in `locale` (4 stages; actions, touchpoints, emotions, pain
 * points, opportunities, frontstage and backstage lanes; both blueprint lines), parsed with
 * `journeySchema`. `overrides` replace top-level fields before parsing.
 */
export function buildJourney(locale: Locale = 'en', overrides: Partial<JourneyInput> = {}): Journey {
  const t = TEXTS[locale];
  const stageIds = ['discover', 'compare', 'checkout', 'delivery'];
  const input: JourneyInput = {
    id: `store-${locale}`,
    title: t.title,
    description: '',
    mapType: 'service_blueprint',
    journeyKind: 'purchase',
    goalAction: 'order',
    personaIds: ['buyer', 'gifter'],
    locale,
    direction: locale === 'fa' ? 'rtl' : 'ltr',
    stages: stageIds.map((id, i) => ({
      id,
      name: t.stages[i] ?? id,
      color: ['#4c6ef5', '#15aabf', '#fab005', '#40c057'][i],
    })),
    lanes: [
      { id: 'actions', kind: 'actions', name: laneKindLabel('actions', locale) },
      { id: 'touch', kind: 'touchpoints', name: laneKindLabel('touchpoints', locale) },
      { id: 'feel', kind: 'emotions', name: laneKindLabel('emotions', locale) },
      { id: 'pain', kind: 'pain_points', name: laneKindLabel('pain_points', locale) },
      { id: 'opp', kind: 'opportunities', name: laneKindLabel('opportunities', locale) },
      { id: 'front', kind: 'frontstage', name: laneKindLabel('frontstage', locale) },
      { id: 'back', kind: 'backstage', name: laneKindLabel('backstage', locale) },
    ],
    items: [
      ...stageIds.map((stageId, i) => ({
        type: 'card' as const,
        id: `a-${stageId}`,
        stageId,
        laneId: 'actions',
        text: t.actions[i] ?? '',
      })),
      {
        type: 'touchpoint',
        id: 't1',
        stageId: 'discover',
        laneId: 'touch',
        text: 'Instagram ad',
        channel: 'social',
        tags: ['paid'],
      },
      {
        type: 'touchpoint',
        id: 't2',
        stageId: 'checkout',
        laneId: 'touch',
        text: 'Checkout page',
        channel: 'web',
      },
      ...[2, -1, -3, 4].map((score, i) => ({
        type: 'emotion_point' as const,
        id: `e-buyer-${i}`,
        stageId: stageIds[i] ?? 'discover',
        laneId: 'feel',
        personaId: 'buyer',
        score,
        text: i === 3 ? t.note : '',
      })),
      ...[1, 0, -2, 3].map((score, i) => ({
        type: 'emotion_point' as const,
        id: `e-gifter-${i}`,
        stageId: stageIds[i] ?? 'discover',
        laneId: 'feel',
        personaId: 'gifter',
        score,
        text: '',
      })),
      {
        type: 'pain_point',
        id: 'p1',
        stageId: 'checkout',
        laneId: 'pain',
        text: t.pain,
        severity: 4,
        frequency: 3,
      },
      {
        type: 'opportunity',
        id: 'o1',
        stageId: 'checkout',
        laneId: 'opp',
        text: t.opportunity,
        impact: 5,
        feasibility: 4,
        owner: 'Web team',
      },
      { type: 'card', id: 'f1', stageId: 'checkout', laneId: 'front', text: 'Chat agent answers questions' },
      {
        type: 'card',
        id: 'b1',
        stageId: 'delivery',
        laneId: 'back',
        text: 'Warehouse picks and packs',
        image: TINY_PNG,
      },
    ],
    dividers: [
      { kind: 'line_of_interaction', afterLaneId: 'opp' },
      { kind: 'line_of_visibility', afterLaneId: 'front' },
      { kind: 'line_of_internal_interaction', afterLaneId: 'back' },
    ],
    ...overrides,
  };
  return journeySchema.parse(input);
}

/** The two personas of the sample journey. */
export function buildPersonas(): Persona[] {
  return [
    personaSchema.parse({ id: 'buyer', name: 'Busy buyer', color: '#e8590c' }),
    personaSchema.parse({ id: 'gifter', name: 'Gift shopper', color: '#1c7ed6' }),
  ];
}

/** Figures for the sample journey's four stages: 1000 → 600 → 300 → 240 users. */
export function buildFigures(journey: Journey): JourneyFigures {
  const users = [1000, 600, 300, 240];
  return journeyFiguresSchema.parse({
    journeyId: journey.id,
    from: '2025-01-01',
    to: '2025-03-31',
    totalUsers: 1000,
    stages: journey.stages.map((stage, i) => {
      const here = users[i] ?? 0;
      const next = users[i + 1];
      const previous = users[i - 1];
      return {
        stageId: stage.id,
        users: here,
        conversionFromPrevious: previous === undefined ? null : here / previous,
        dropOff: next === undefined ? 0 : here - next,
        dropOffRate: next === undefined ? null : (here - next) / here,
        medianSecondsToNext: null,
        p90SecondsToNext: null,
        topChannels: [],
        bounced: 0,
        regressed: 0,
      };
    }),
  });
}
