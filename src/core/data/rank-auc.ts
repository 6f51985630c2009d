/**
 * ROC AUC of a score against 0/1 labels by the Mann-Whitney rank sum, ties given their average
 * rank (the same value scikit-learn's roc_auc_score gives). Rows with a NaN score are left out.
 * Returns NaN when one class is absent.
 */
export function rankAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const rows: number[] = [];
  for (let i = 0; i < scores.length; i++) if (!Number.isNaN(scores[i])) rows.push(i);
  rows.sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && scores[rows[end]] === scores[rows[start]]) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (labels[rows[k]] === 1) {
        positives++;
        rankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
