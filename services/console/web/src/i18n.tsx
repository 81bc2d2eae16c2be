// zh-CN first, English switchable. One table: key → [中文, English]; the choice is kept in
// localStorage so a shift keeps its language.
import { createContext, useContext } from 'react';

const T = {
  appName: ['一网 · 安全生产监管控制台', 'Yiwang · Work-safety console'],
  login: ['登录', 'Log in'],
  logout: ['退出', 'Log out'],
  username: ['用户名', 'Username'],
  password: ['密码', 'Password'],
  loginFailed: ['用户名或密码错误', 'Wrong username or password'],
  tooMany: ['尝试次数过多，请稍后再试', 'Too many attempts, try again later'],
  language: ['English', '中文'],
  navIntake: ['12350 来电受理', '12350 call intake'],
  navQueue: ['案件队列', 'Case queue'],
  navAlarms: ['报警看板', 'Alarm board'],
  navDeadlines: ['期限督办', 'Deadlines'],
  navSubscriptions: ['部门订阅', 'Subscriptions'],
  navPublicReport: ['我要举报', 'Report'],
  navPublicTrack: ['举报查询', 'Track a report'],
  category: ['举报类别', 'Category'],
  'scope.major-hazard': ['重大事故隐患', 'Major hazard'],
  'scope.illegal-operation': ['安全生产违法行为', 'Illegal operation'],
  'scope.concealed-accident': ['瞒报谎报事故', 'Concealed accident'],
  'scope.general-hazard': ['一般事故隐患', 'General hazard'],
  'scope.other': ['其他', 'Other'],
  description: ['举报内容（来电人原话）', "Description (the caller's words)"],
  descriptionPublic: ['举报内容', 'What did you see?'],
  occurredOn: ['发生日期', 'Date it happened'],
  location: ['地点', 'Location'],
  district: ['区县', 'District'],
  township: ['乡镇（街道）', 'Township'],
  address: ['详细地址', 'Address'],
  choose: ['请选择', 'Choose'],
  enterprise: ['被举报企业', 'Enterprise reported'],
  enterpriseSearch: ['统一社会信用代码或企业名称', 'USCC or enterprise name'],
  lookup: ['查询', 'Look up'],
  enterpriseName: ['企业名称', 'Enterprise name'],
  uscc: ['统一社会信用代码', 'USCC'],
  noMatch: ['名录中无匹配企业，可直接填写名称', 'No match in the directory; type the name'],
  directoryDown: ['企业名录暂不可用，可直接填写名称', 'Directory unavailable; type the name'],
  reporter: ['举报人', 'Reporter'],
  anonymous: ['匿名举报', 'Anonymous'],
  realName: ['实名举报', 'Real name'],
  chooseAnonymity: ['请询问来电人：匿名还是实名？', 'Ask the caller: anonymous or real name?'],
  employee: ['举报人是该企业员工', 'The reporter works for this enterprise'],
  employeeRule: [
    '企业员工举报本单位须实名（奖励规则：员工举报本单位可上浮奖励）',
    'An employee reporting their employer must give their name (and may get a higher reward)',
  ],
  name: ['姓名', 'Name'],
  phone: ['联系电话', 'Phone'],
  duplicates: ['可能重复的举报', 'Possible duplicates'],
  submit: ['提交', 'Submit'],
  submitting: ['提交中…', 'Submitting…'],
  readBack: ['请向来电人复述以下信息', 'Read this back to the caller'],
  trackingCode: ['查询码', 'Tracking code'],
  accessKey: ['查询密钥', 'Access key'],
  keyOnce: [
    '密钥只显示这一次，请提醒对方记下',
    'The key is shown only once: ask them to write it down',
  ],
  readBackDone: ['已复述确认', 'Read back and confirmed'],
  newCall: ['受理下一个来电', 'Next call'],
  required: ['请填写必填项', 'Please fill in the required fields'],
  status: ['状态', 'Status'],
  region: ['区域', 'Region'],
  receivedAt: ['受理时间', 'Received'],
  due: ['期限', 'Due'],
  dueSoon: ['即将到期', 'Due soon'],
  overdue: ['已超期', 'Overdue'],
  'deadline.verification': ['核查期限', 'Verification'],
  'deadline.feedback': ['反馈期限', 'Feedback'],
  'deadline.reward-claim': ['奖励领取期限', 'Reward claim'],
  'deadline.reply': ['答复期限', 'Reply'],
  'deadline.conclusion': ['办结期限', 'Conclusion'],
  all: ['全部', 'All'],
  loadMore: ['加载更多', 'Load more'],
  empty: ['暂无记录', 'Nothing here'],
  timeline: ['办理进程', 'Timeline'],
  actions: ['可办理操作', 'Actions'],
  noActions: ['您的角色在此状态下无可办理操作', 'Your role has no action at this stage'],
  forbidden: ['无权查看：不在您的辖区或角色范围内', 'Not allowed: outside your regions or role'],
  notFound: ['未找到', 'Not found'],
  unavailable: ['服务暂不可用，请稍后重试', 'Service unavailable, try again shortly'],
  summaryCode: ['摘要编码', 'Summary code'],
  staffSummary: [
    '工作人员摘要（不得含举报人身份信息）',
    'Staff summary (nothing identifying the reporter)',
  ],
  'action.triage': ['分类登记', 'Triage'],
  'action.accept': ['受理', 'Accept'],
  'action.decline': ['不予受理', 'Decline'],
  'action.assign': ['交办核查', 'Assign'],
  'action.extension': ['批准延期', 'Approve extension'],
  'action.verification': ['登记核查结果', 'Record verification'],
  'action.feedback': ['已反馈举报人', 'Reporter informed'],
  'action.close': ['办结', 'Close'],
  'action.reveal': ['查看举报人身份', 'Reveal identity'],
  reason: ['理由', 'Reason'],
  revealReason: ['查看理由（必填，将记入审计）', 'Reason (required, audited)'],
  auditTrail: ['身份查看审计记录', 'Identity reveal audit trail'],
  findings: ['核查情况', 'Findings'],
  substantiated: ['属实', 'Substantiated'],
  unsubstantiated: ['不属实', 'Unsubstantiated'],
  days: ['天数', 'Days'],
  trackTitle: ['举报办理查询', 'Follow your report'],
  track: ['查询', 'Look up'],
  trackNotFound: ['查询码或密钥不正确', 'Unknown code or wrong key'],
  reportTitle: ['安全生产举报（12350）', 'Report a safety problem (12350)'],
  reportDone: ['举报已提交，请保存以下信息用于查询', 'Report sent. Keep these to follow it'],
  alarmsLive: ['实时', 'Live'],
  alarmsDown: [
    '与物联网监测服务的连接中断，正在重试…',
    'Lost contact with IoT monitoring, retrying…',
  ],
  acknowledge: ['确认', 'Acknowledge'],
  dispose: ['处置', 'Dispose'],
  'disposition.real': ['真实报警', 'Real alarm'],
  'disposition.false': ['误报', 'False alarm'],
  'disposition.maintenance': ['检修', 'Maintenance'],
  'disposition.sensor-fault': ['传感器故障', 'Sensor fault'],
  noAlarms: ['当前无报警', 'No open alarms'],
  value: ['数值', 'Value'],
  threshold: ['阈值', 'Limit'],
  history: ['历史曲线', 'History'],
  deadlinesTitle: ['12350 举报期限', '12350 cases by deadline'],
  byRegion: ['按区域', 'By region'],
  department: ['部门代码', 'Department code'],
  subscriptions: ['Webhook 订阅', 'Webhook subscriptions'],
  url: ['接收地址', 'Endpoint URL'],
  create: ['新建', 'Create'],
  pause: ['暂停', 'Pause'],
  resume: ['恢复', 'Resume'],
  'subscription.active': ['启用中', 'Active'],
  'subscription.disabled': ['已暂停', 'Paused'],
  'subscription.deleted': ['已删除', 'Deleted'],
  'delivery.pending': ['待投递', 'Pending'],
  'delivery.succeeded': ['已送达', 'Delivered'],
  'delivery.failed': ['投递失败', 'Failed'],
  'delivery.cancelled': ['已取消', 'Cancelled'],
  deliveries: ['投递记录', 'Delivery log'],
  redeliver: ['重新投递', 'Redeliver'],
  secretOnce: ['签名密钥（仅显示一次）', 'Signing secret (shown once)'],
  ledger: ['共享台账校验', 'Sharing ledger verification'],
  verify: ['校验', 'Verify'],
  saved: ['已保存', 'Saved'],
  policy: ['共享策略（只读）', 'Sharing policy (read-only)'],
  legalBasis: ['法律依据', 'Legal basis'],
  expiresOn: ['协议到期', 'Agreement expires'],
  replay: ['重放近 24 小时', 'Replay last 24 h'],
  'alarm.raised': ['待确认', 'Raised'],
  'alarm.acknowledged': ['已确认', 'Acknowledged'],
  'alarm.disposed': ['已处置', 'Disposed'],
  'alarm.closed': ['已关闭', 'Closed'],
  'level.high-high': ['高高限', 'High-high'],
  'level.high': ['高限', 'High'],
  'level.low': ['低限', 'Low'],
  'level.low-low': ['低低限', 'Low-low'],
  'level.level-1': ['一级', 'Level 1'],
  'level.level-2': ['二级', 'Level 2'],
  'kind.temperature': ['温度', 'Temperature'],
  'kind.pressure': ['压力', 'Pressure'],
  'kind.level': ['液位', 'Level'],
  'kind.flow': ['流量', 'Flow'],
  'kind.combustible-gas': ['可燃气体', 'Combustible gas'],
  'kind.toxic-gas': ['有毒气体', 'Toxic gas'],
  'kind.oxygen': ['氧含量', 'Oxygen'],
  'kind.composition': ['组分', 'Composition'],
  'kind.other': ['其他', 'Other'],
  'unit.celsius': ['°C', '°C'],
  'unit.mpa': ['MPa', 'MPa'],
  'unit.kpa': ['kPa', 'kPa'],
  'unit.m': ['m', 'm'],
  'unit.m3-per-h': ['m³/h', 'm³/h'],
  'unit.percent-lel': ['%LEL', '%LEL'],
  'unit.ppm': ['ppm', 'ppm'],
  'unit.percent-oel': ['%OEL', '%OEL'],
  'unit.percent-vol': ['%VOL', '%VOL'],
  'unit.percent': ['%', '%'],
  'unit.other': ['', ''],
  hazardsTitle: ['事故隐患', 'Hazards'],
  byState: ['按状态', 'By state'],
  majorHazards: ['重大隐患', 'Major hazards'],
  listed: ['挂牌督办', 'Listed for supervision'],
  creditListings: ['严重失信名单', 'Credit listings'],
  permitsInProgress: ['许可办理', 'Permits in progress'],
  'status.received': ['已接收', 'Received'],
  'status.triaged': ['已登记', 'Triaged'],
  'status.not-accepted': ['不予受理', 'Not accepted'],
  'status.accepted': ['已受理', 'Accepted'],
  'status.assigned': ['核查中', 'Being verified'],
  'status.verifying': ['核查中', 'Being verified'],
  'status.substantiated': ['查证属实', 'Substantiated'],
  'status.unsubstantiated': ['查证不实', 'Unsubstantiated'],
  'status.handled': ['已处理', 'Handled'],
  'status.feedback-sent': ['已反馈', 'Feedback sent'],
  'status.reward-decided': ['已决定奖励', 'Reward decided'],
  'status.reward-claimed': ['奖励已领取', 'Reward claimed'],
  'status.reward-forfeited': ['奖励已放弃', 'Reward forfeited'],
  'status.closed': ['已办结', 'Closed'],
  offlineSensors: ['离线传感器', 'Offline sensors'],
  noOffline: ['当前无离线传感器', 'No sensor is offline'],
  sensor: ['传感器', 'Sensor'],
  enterpriseColumn: ['企业', 'Enterprise'],
  kind: ['类型', 'Kind'],
  lastReading: ['最后上报', 'Last reading'],
  neverReported: ['从未上报', 'Never reported'],
  total: ['合计', 'Total'],
  inProgress: ['办理中', 'In progress'],
  decisionOverdue: ['超期未决定', 'Decision overdue'],
  latestOnly: ['列表仅显示最近 200 件', 'The list shows the latest 200'],
  'hazard.found': ['已发现', 'Found'],
  'hazard.identified': ['已认定', 'Identified'],
  'hazard.double-reported': ['已双报告', 'Double-reported'],
  'hazard.plan-submitted': ['方案已报', 'Plan submitted'],
  'hazard.rectifying': ['整改中', 'Rectifying'],
  'hazard.extension-requested': ['申请延期', 'Extension requested'],
  'hazard.rectified': ['已整改', 'Rectified'],
  'hazard.rechecked': ['已复查', 'Rechecked'],
  'hazard.assessed': ['已评估', 'Assessed'],
  'hazard.resumption-applied': ['申请复产', 'Resumption applied'],
  'hazard.closed': ['已销号', 'Closed'],
  'listing.proposed': ['拟列入', 'Proposed'],
  'listing.pending': ['已告知待决定', 'Notice served'],
  'listing.listed': ['已列入', 'Listed'],
  'listing.removal-applied': ['申请移出', 'Removal applied'],
  'listing.removed': ['已移出', 'Removed'],
  'listing.removed-early': ['提前移出', 'Removed early'],
  'listing.dismissed': ['不予列入', 'Dismissed'],
  'permit.draft': ['草稿', 'Draft'],
  'permit.submitted': ['已提交', 'Submitted'],
  'permit.needs-supplement': ['待补正', 'Needs supplement'],
  'permit.accepted': ['已受理', 'Accepted'],
  'permit.credit-checked': ['信用已核查', 'Credit checked'],
  'permit.document-reviewed': ['材料已审查', 'Documents reviewed'],
  'permit.expert-review': ['专家评审中', 'Expert review'],
  'permit.expert-reviewed': ['专家已评审', 'Expert reviewed'],
  'permit.inspected': ['已现场核查', 'Inspected'],
  'permit.refused': ['不予许可', 'Refused'],
  'permit.licence-issued': ['已发证', 'Licence issued'],
} as const satisfies Record<string, readonly [string, string]>;

export type Lang = 'zh' | 'en';
export type Key = keyof typeof T;

/** Translates a key; unknown dynamic keys fall back to the key itself. */
export function translate(lang: Lang, key: string): string {
  const entry = (T as Record<string, readonly [string, string]>)[key];
  if (entry !== undefined) return entry[lang === 'zh' ? 0 : 1];
  // A value from a service with no label yet (`kind.radiation`) shows as the value itself.
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(dot + 1);
}

/**
 * The BCP 47 tag of a language: the page's `lang` (which Chromium's date fields follow when
 * lang-aware form controls are on) and the locale of every date the app writes.
 */
export const localeOf = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/** An instant as date and time, in the session language and the browser's time zone. */
export const formatDateTime = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleString(localeOf(lang));

/** An instant as a date, in the session language. */
export const formatDate = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleDateString(localeOf(lang));

/** An instant as a time of day, in the session language. */
export const formatTime = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleTimeString(localeOf(lang));

export const LangContext = createContext<Lang>('zh');

/** `t(key)` in the current language. */
export function useT(): { t: (key: string) => string; lang: Lang } {
  const lang = useContext(LangContext);
  return { t: (key) => translate(lang, key), lang };
}

/** The stored language choice, zh-CN unless English was chosen. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem('lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}
