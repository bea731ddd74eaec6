namespace Recruiting.Core.Content;

/// <summary>
/// What the job pays: a minimum, a maximum or both, in an ISO 4217 currency, per <see cref="Unit"/> (schema.org's
/// unitText: HOUR, DAY, WEEK, MONTH or YEAR).
/// </summary>
public sealed record SalaryRange(decimal? Min, decimal? Max, string Currency, string Unit)
{
    public const string Hour = "HOUR", Day = "DAY", Week = "WEEK", Month = "MONTH", Year = "YEAR";
    public static readonly IReadOnlyList<string> Units = [Hour, Day, Week, Month, Year];
}
