// What a role noun of a later mention may stand for in an antecedent's roles (coreference's #resolvePersonRole).

/**
 * Role head → words that an antecedent's role must contain, any of them ("the diplomat" → a foreign minister); a word
 * ending in "$" must end the role.
 */
export const ROLE_SYNONYMS: Record<string, readonly string[]> = {
  diplomat: ['foreign', 'diplomat', 'ambassador', 'envoy', 'secretary of state', 'state'],
  minister: ['minister'],
  fm: ['foreign'],
  eam: ['external affairs', 'foreign'],
  pm: ['prime'],
  leader: ['leader', 'president', 'prime', 'premier', 'chancellor', 'king', 'emir', 'head of state'],
  dp: ['deputy president', 'deputy prime'],
  // (Kenya's "the CS" for a Cabinet Secretary)
  cs: ['cabinet secretary'],
  // (India's "the MD", "the DM", "the DRM", "the DGP": a managing director, a district magistrate, a divisional railway
  // manager, a director general of police)
  md: ['managing director'],
  dm: ['district magistrate'],
  drm: ['divisional railway manager'],
  dgp: ['director general of police', 'director-general of police'],
  vp: ['vice president', 'vice-president'],
  nsa: ['national security'],
  premier: ['prime', 'premier'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  // ("Justice Miriam Okonjo-Hale said …. the judge said": a superior court's judges are titled Justice; "justice$" only
  // as the role's last word, not a Justice Minister or a criminal justice expert)
  judge: ['judge', 'justice$'],
};
