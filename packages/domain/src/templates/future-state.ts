import { GENERIC_STAGES } from './generic-stages';
import { lanesOfKinds, type JourneyTemplate } from './template-types';

/** The experience a team wants to deliver, with owners and the metrics that will show it worked. */
export const futureStateTemplate: JourneyTemplate = {
  id: 'future-state',
  mapType: 'future_state',
  journeyKind: 'custom',
  name: {
    en: 'Future-state journey',
    th: 'เส้นทางลูกค้าในอนาคต',
    'zh-TW': '未來顧客旅程',
    vi: 'Hành trình tương lai',
    fa: 'سفر مشتری در وضعیت مطلوب',
  },
  description: {
    en: 'The experience you want to deliver: the target journey with opportunities, moments of truth, metrics and owners.',
    th: 'ประสบการณ์ที่อยากส่งมอบให้ลูกค้า พร้อมโอกาส ช่วงเวลาชี้ขาด ตัวชี้วัด และหน่วยงานที่รับผิดชอบ',
    'zh-TW': '你希望提供的理想體驗：包含機會點、關鍵時刻、指標與負責部門的目標旅程。',
    vi: 'Trải nghiệm bạn muốn mang lại: hành trình mục tiêu với cơ hội, khoảnh khắc quyết định, chỉ số đo lường và bộ phận phụ trách.',
    fa: 'تجربه‌ای که می‌خواهید ارائه دهید: سفر هدف همراه با فرصت‌ها، لحظه‌های حقیقت، شاخص‌ها و واحدهای مسئول.',
  },
  stages: GENERIC_STAGES,
  lanes: lanesOfKinds(
    'actions',
    'touchpoints',
    'emotions',
    'moments_of_truth',
    'opportunities',
    'metrics',
    'departments',
  ),
};
