import { GENERIC_STAGES } from './generic-stages';
import { lanesOfKinds, type JourneyTemplate } from './template-types';

/** How customers experience a journey today, the usual starting point of journey work. */
export const currentStateTemplate: JourneyTemplate = {
  id: 'current-state',
  mapType: 'current_state',
  journeyKind: 'custom',
  name: {
    en: 'Current-state journey',
    th: 'เส้นทางลูกค้าในปัจจุบัน',
    'zh-TW': '現況顧客旅程',
    vi: 'Hành trình hiện tại',
    fa: 'سفر مشتری در وضعیت فعلی',
  },
  description: {
    en: 'How customers experience the journey today: actions, touchpoints, thoughts, emotions, pain points and opportunities across five stages.',
    th: 'ประสบการณ์ที่ลูกค้าได้รับในปัจจุบัน ทั้งการกระทำ จุดสัมผัส ความคิด อารมณ์ ปัญหาที่พบ และโอกาส ตลอดห้าขั้นตอน',
    'zh-TW': '顧客目前實際經歷的旅程：五個階段中的行為、接觸點、想法、情緒、痛點與機會點。',
    vi: 'Khách hàng đang trải nghiệm hành trình như thế nào: hành động, điểm chạm, suy nghĩ, cảm xúc, điểm đau và cơ hội qua năm giai đoạn.',
    fa: 'تجربه امروز مشتریان در پنج مرحله: اقدامات، نقاط تماس، افکار، احساسات، نقاط درد و فرصت‌ها.',
  },
  stages: GENERIC_STAGES,
  lanes: lanesOfKinds('actions', 'touchpoints', 'thoughts', 'emotions', 'pain_points', 'opportunities'),
};
