// The interactive parts of annotating: verdict, note, evidence. Each returns undefined when the
// user cancels. Commands accept the answers as arguments instead (tests, scripts).
import * as vscode from 'vscode';
import type { Stance } from '../../core/claims';
import { describeProposal, nextStance, type EvidenceProposal } from '../../core/claims/adapterSupport';

const VERDICT_HINTS: Record<string, string> = {
  unverified: 'not checked yet',
  supported: 'other sources or records back it',
  disputed: 'sources disagree',
  false: 'shown to be wrong',
  opinion: 'a view, not a checkable fact',
};

const STANCE_ICONS: Record<Stance, string> = { supports: '$(pass)', contradicts: '$(error)', context: '$(info)' };

export async function pickVerdict(verdicts: readonly string[], current?: string): Promise<string | undefined> {
  const items = verdicts.map((verdict) => ({
    label: verdict,
    description: [VERDICT_HINTS[verdict], verdict === current ? '(current)' : undefined].filter(Boolean).join(' '),
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Crosscheck: verdict of the claim', placeHolder: 'Pick a verdict' });
  return picked?.label;
}

export function inputNote(value = ''): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Crosscheck: note on the claim',
    prompt: 'Why this verdict? (optional; Enter to skip)',
    value,
  });
}

export interface EvidencePickItem extends vscode.QuickPickItem {
  readonly proposal: EvidenceProposal;
  stance: Stance;
}

/** Pick items for evidence proposals, best first; the stance shows as an icon and in the description. */
export function evidencePickItems(proposals: readonly EvidenceProposal[]): EvidencePickItem[] {
  return proposals.map((proposal) => withStance({ proposal, stance: proposal.stance, label: '' }, proposal.stance));
}

function withStance(item: EvidencePickItem, stance: Stance): EvidencePickItem {
  const { label, description, detail } = describeProposal({ ...item.proposal, stance });
  return {
    ...item,
    stance,
    label: `${STANCE_ICONS[stance]} ${label}`,
    description,
    detail,
    buttons: [{ iconPath: new vscode.ThemeIcon('arrow-swap'), tooltip: `Mark as ${nextStance(stance)}` }],
  };
}

/**
 * Lets the user tick sentences of other sources as evidence; the button on an item cycles its
 * stance. Enter with nothing ticked means no evidence; Escape cancels (undefined).
 */
export function pickEvidence(proposals: readonly EvidenceProposal[]): Promise<{ proposal: EvidenceProposal; stance: Stance }[] | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<EvidencePickItem>();
    pick.title = 'Crosscheck: evidence from other sources (optional)';
    pick.placeholder = 'Tick the sentences that support or contradict the claim, then Enter (Enter alone: no evidence)';
    pick.canSelectMany = true;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = evidencePickItems(proposals);
    let accepted = false;
    const subscriptions = [
      pick.onDidTriggerItemButton(({ item }) => {
        const selected = new Set(pick.selectedItems.map((chosen) => chosen.proposal));
        const updated = pick.items.map((candidate) => (candidate === item ? withStance(candidate, nextStance(candidate.stance)) : candidate));
        pick.items = updated;
        pick.selectedItems = updated.filter((candidate) => selected.has(candidate.proposal));
      }),
      pick.onDidAccept(() => {
        accepted = true;
        resolve(pick.selectedItems.map(({ proposal, stance }) => ({ proposal, stance })));
        pick.hide();
      }),
      pick.onDidHide(() => {
        if (!accepted) resolve(undefined);
        for (const subscription of subscriptions) subscription.dispose();
        pick.dispose();
      }),
    ];
    pick.show();
  });
}
