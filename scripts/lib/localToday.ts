/**
 * This machine's local date as `YYYY-MM-DD`: the day a user here would call
 * today, and so the offline model's `TODAY()` (formulas, flows, the preview
 * store) and the day the sample data is shifted to.
 * @param now the moment to date; the current one by default
 */
export function localToday(now: Date = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
