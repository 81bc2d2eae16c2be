// Versioned checklists for deciding whether a hazard is major (判定标准). Seeded with a few
// items of 工贸企业重大事故隐患判定标准 (应急管理部令第10号, 2023, effective 2023-05-15); titles
// are abridged. Each item keeps its id so that a graded case names the article it met.

/** One item of a checklist. */
export interface ChecklistItem {
  readonly id: string;
  readonly title: string;
}

/** A versioned checklist. */
export interface Checklist {
  readonly standard: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly items: readonly ChecklistItem[];
}

/** 工贸 2023 (subset). */
export const GONGMAO_2023: Checklist = {
  standard: 'gongmao-2023',
  title: '工贸企业重大事故隐患判定标准 (应急管理部令第10号)',
  effectiveFrom: '2023-05-15',
  items: [
    { id: '3-1', title: '未对承包单位、承租单位的安全生产工作统一协调、管理或未定期安全检查' },
    { id: '3-2', title: '特种作业人员未按规定经专门培训并取得相应资格上岗作业' },
    { id: '3-3', title: '金属冶炼企业主要负责人、安全管理人员未按规定经考核合格' },
    { id: '4-1', title: '会议室、活动室、休息室、操作室等设置在熔融金属吊运跨的地坪区域内' },
    { id: '13-1', title: '粉尘爆炸危险场所设置在非框架结构的多层建（构）筑物内' },
    { id: '14-1', title: '包装间、分割间等人员较多场所的空调系统采用氨直接蒸发制冷' },
    { id: '15-1', title: '未对有限空间进行辨识、建立安全管理台账，且未设置明显安全警示标志' },
  ],
};

/** Every known checklist by its standard id. */
export const CHECKLISTS: ReadonlyMap<string, Checklist> = new Map([
  [GONGMAO_2023.standard, GONGMAO_2023],
]);

/** True when `standard` has an item `itemId`. */
export function isChecklistItem(standard: string, itemId: string): boolean {
  return CHECKLISTS.get(standard)?.items.some((item) => item.id === itemId) ?? false;
}
