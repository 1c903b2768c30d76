import { parseDocument, type JourneyDocument, type JourneyDocumentInput } from '@waymark/domain';

/**
 * Test documents for the io readers and writers: a small map in four scripts with every item type,
 * personas, evidence, matchers, tags, colours and a blueprint divider. Test-only; not exported from
 * the package index.
 */

/** Text in the scripts the round trips must keep byte for byte (combining marks, CJK, RTL, ZWNJ). */
export const SCRIPTS = {
  thai: 'ร้านค้าออนไลน์ ผู้ใช้กดสั่งซื้อแล้วรอนาน ฯลฯ',
  chinese: '線上購物：結帳流程太長，「客服」回覆慢',
  persian: 'فروشگاه آنلاین — پرداخت طولانی است‌ و پشتیبانی کند',
  vietnamese: 'Cửa hàng trực tuyến: thanh toán quá lâu, hỗ trợ chậm',
} as const;

/** A valid multilingual document; `overrides` replaces top-level journey fields. */
export function makeDocument(overrides: Partial<JourneyDocumentInput['journey']> = {}): JourneyDocument {
  const input: JourneyDocumentInput = {
    format: 'waymark.journey/v1',
    journey: {
      id: 'jrn_test',
      title: SCRIPTS.thai,
      description: `${SCRIPTS.chinese}\n${SCRIPTS.persian}`,
      mapType: 'service_blueprint',
      journeyKind: 'purchase',
      goalAction: 'purchase',
      personaIds: ['per_a', 'per_b'],
      locale: 'th',
      direction: 'ltr',
      stages: [
        {
          id: 'stg_1',
          name: 'ค้นหา',
          color: '#4c6ef5',
          goal: 'หาให้เจอ',
          matchers: [{ type: 'event_equals', event: 'search' }],
        },
        { id: 'stg_2', name: '結帳 | pay', description: SCRIPTS.vietnamese, matchers: [] },
        { id: 'stg_3', name: 'پشتیبانی', icon: 'headset', matchers: [] },
      ],
      lanes: [
        { id: 'lan_act', kind: 'actions', name: 'การกระทำ' },
        { id: 'lan_tp', kind: 'touchpoints', name: '接觸點', color: '#abc' },
        { id: 'lan_emo', kind: 'emotions', name: 'Cảm xúc' },
        { id: 'lan_pain', kind: 'pain_points', name: 'نقاط درد' },
        { id: 'lan_opp', kind: 'opportunities', name: 'Opportunities' },
        { id: 'lan_back', kind: 'backstage', name: 'Backstage' },
      ],
      items: [
        {
          type: 'card',
          id: 'itm_1',
          stageId: 'stg_1',
          laneId: 'lan_act',
          text: SCRIPTS.thai,
          tags: ['mobile', 'ไทย'],
        },
        {
          type: 'card',
          id: 'itm_2',
          stageId: 'stg_1',
          laneId: 'lan_act',
          text: `  two\nlines ${SCRIPTS.persian}  `,
        },
        {
          type: 'touchpoint',
          id: 'itm_3',
          stageId: 'stg_2',
          laneId: 'lan_tp',
          text: SCRIPTS.chinese,
          channel: 'web',
          department: 'E-commerce',
          matchers: [
            { type: 'property', condition: { property: 'page', operator: 'eq', value: '/checkout' } },
          ],
        },
        {
          type: 'emotion_point',
          id: 'itm_4',
          stageId: 'stg_1',
          laneId: 'lan_emo',
          text: '',
          personaId: 'per_a',
          score: 2,
        },
        {
          type: 'emotion_point',
          id: 'itm_5',
          stageId: 'stg_2',
          laneId: 'lan_emo',
          text: 'ugh',
          personaId: 'per_b',
          score: -3.5,
        },
        {
          type: 'pain_point',
          id: 'itm_6',
          stageId: 'stg_2',
          laneId: 'lan_pain',
          text: SCRIPTS.persian,
          severity: 4,
          frequency: 2,
          color: '#ff0000',
          evidence: [
            {
              id: 'evd_1',
              source: 'survey',
              basis: 'observed',
              title: 'Q3 survey',
              date: '2026-01-15',
              sampleSize: 120,
            },
          ],
        },
        {
          type: 'pain_point',
          id: 'itm_7',
          stageId: 'stg_3',
          laneId: 'lan_pain',
          text: SCRIPTS.vietnamese,
          severity: 5,
        },
        {
          type: 'opportunity',
          id: 'itm_8',
          stageId: 'stg_2',
          laneId: 'lan_opp',
          text: 'One-page checkout | 一頁結帳',
          impact: 5,
          feasibility: 3,
          status: 'planned',
          owner: 'Nok',
          dueDate: '2026-06-30',
          painPointIds: ['itm_6'],
        },
        {
          type: 'opportunity',
          id: 'itm_9',
          stageId: 'stg_3',
          laneId: 'lan_opp',
          text: 'Chat bot',
          impact: 2,
          feasibility: 5,
        },
        { type: 'card', id: 'itm_10', stageId: 'stg_1', laneId: 'lan_act', text: 'third' },
      ],
      dividers: [{ kind: 'line_of_visibility', afterLaneId: 'lan_opp' }],
      ...overrides,
    },
    personas: [
      {
        id: 'per_a',
        name: 'สมชาย',
        role: 'ลูกค้าประจำ',
        quote: '「快一點」',
        demographics: [
          { label: 'Age', value: '34' },
          { label: 'City', value: 'กรุงเทพฯ' },
        ],
        goals: ['ซื้อเร็ว', 'Giá tốt'],
        frustrations: ['Slow\ncheckout'],
        preferredChannels: ['LINE', 'web'],
        segmentRule: [{ property: 'plan', operator: 'in', value: ['pro', 'team'] }],
        color: '#123456',
      },
      { id: 'per_b', name: 'مریم', needs: [SCRIPTS.persian] },
    ],
  };
  return parseDocument(input);
}
