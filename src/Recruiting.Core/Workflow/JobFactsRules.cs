using System.Text.RegularExpressions;
using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>
/// The rules on a posting's job facts (locations, remote country, salary, employment type), part of
/// <see cref="PostingValidator"/>: the same for the console, the API and the importer.
/// </summary>
public static partial class JobFactsRules
{
    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    public static void Check(PostingContent c, List<FieldIssue> errors, List<FieldIssue> warnings)
    {
        if (c.Locations.Count > PostingLimits.Locations)
            errors.Add(new("Locations", "too-many-locations", $"A posting has at most {PostingLimits.Locations} locations; remove some.") { Args = [$"{PostingLimits.Locations}"] });
        else
            foreach (var location in c.Locations)
            {
                if (string.IsNullOrWhiteSpace(location.Country))
                    errors.Add(new("Locations", "location-country", $"The location '{location}' names no country: write it as 'City, Region, Country'.") { Args = [$"{location}"] });
                foreach (var part in new[] { location.City, location.Region, location.Country })
                    if (part is { Length: > PostingLimits.PlaceName })
                        errors.Add(new("Locations", "too-long", $"The place '{part[..40]}…' is longer than {PostingLimits.PlaceName} characters; shorten it.")
                            { Args = [$"{PostingLimits.PlaceName}", part[..40]] });
            }
        if (c.Remote && string.IsNullOrWhiteSpace(c.RemoteCountry))
            errors.Add(new("RemoteCountry", "remote-country", "Name the country remote applicants must be in, such as 'Canada'."));
        if (c.Salary is { } salary) CheckSalary(salary, errors);
        if (!string.IsNullOrWhiteSpace(c.EmploymentType) && c.EmploymentType.Length <= PostingLimits.ShortText && EmploymentTypes.SchemaValue(c.EmploymentType) is null)
            warnings.Add(new("EmploymentType", "employment-type-unknown",
                $"The employment type '{c.EmploymentType}' is none of full-time, part-time, contract, temporary, internship, volunteer, per diem or other; search engines will not see it.") { Args = [c.EmploymentType] });
    }

    private static void CheckSalary(SalaryRange salary, List<FieldIssue> errors)
    {
        if (salary.Min is null && salary.Max is null)
            errors.Add(new("Salary", "salary-empty", "Enter a minimum, a maximum or both, as numbers, or leave the salary out."));
        if (salary.Min < 0 || salary.Max < 0)
            errors.Add(new("Salary", "salary-negative", "A salary cannot be negative."));
        if (salary.Min > PostingLimits.SalaryAmount || salary.Max > PostingLimits.SalaryAmount)
            errors.Add(new("Salary", "salary-too-high", "A salary is at most 100,000,000."));
        if (salary.Min > salary.Max)
            errors.Add(new("Salary", "salary-range", $"The minimum salary '{Invariant(salary.Min)}' is above the maximum '{Invariant(salary.Max)}'; swap them.")
                { Args = [Invariant(salary.Min)!, Invariant(salary.Max)!] });
        if (!CurrencyCode().IsMatch(salary.Currency ?? ""))
            errors.Add(new("Salary", "salary-currency", $"'{salary.Currency}' is not a currency code: write three capital letters, such as CAD, USD or EUR.") { Args = [salary.Currency ?? ""] });
        if (!SalaryRange.Units.Contains(salary.Unit))
            errors.Add(new("Salary", "salary-unit", $"'{salary.Unit}' is not a pay period: use HOUR, DAY, WEEK, MONTH or YEAR.") { Args = [salary.Unit ?? ""] });
    }

    private static string? Invariant(decimal? amount) => amount?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The job facts' free-text values inside structured fields (a location's parts, a salary's currency), for the
    /// validator's check of characters XML cannot carry; plain text fields are checked from their declaration.
    /// </summary>
    public static IEnumerable<(string Field, string Name, string? Value)> Texts(PostingContent c) =>
        c.Locations.SelectMany(l => new (string, string, string?)[] { ("Locations", "location", l.City), ("Locations", "location", l.Region), ("Locations", "location", l.Country) })
            .Append(("Salary", "currency", c.Salary?.Currency));
}
