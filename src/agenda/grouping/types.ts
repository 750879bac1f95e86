/** A theme of the edition: a name, or a name with a short description and keywords. */
export type ThemeInput = string | { name: string; description?: string; keywords?: string[] };

export interface CaseInput {
  id: string;
  title: string;
  text: string;
  /** The themes the author picked from the theme list; may be empty or several. */
  themes?: string[];
}

export interface GroupingInput {
  themes?: ThemeInput[];
  cases: CaseInput[];
}

export interface GroupingBlock {
  /** The theme name, or for a group the portal formed itself, its most telling words. */
  label: string;
  /** The theme of the block; null for groups formed from the text alone. */
  theme: string | null;
  caseIds: string[];
}

export interface GroupingAssignment {
  caseId: string;
  theme: string | null;
  /** 0..1: how sure the proposal is; 1 when the author picked exactly this one theme. */
  confidence: number;
  /** Short reasons in Dutch, for the trainer. */
  because: string[];
}

export interface GroupingResult {
  blocks: GroupingBlock[];
  assignments: GroupingAssignment[];
}
