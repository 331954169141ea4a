/**
 * Dates as the components send them: the `YYYY-MM-DD` a Date field takes.
 */

/**
 * A date as the `YYYY-MM-DD` a Date field takes, in the user's time zone
 * (a touch logged or a risk closed at 11 pm counts for that day).
 * @param date the moment to convert
 */
export function toIsoDate(date: Date): string {
    const pad = (part: number) => String(part).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
