using System.Globalization;
using Recruiting.Core.Content;
using Microsoft.Extensions.Localization;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Public;

/// <summary>A posting's job facts in words, in the page's language: the key-facts panel of the posting page.</summary>
public sealed class JobFactsText(IStringLocalizer<PublicTexts> text, string language)
{
    private string T(string english) => text.In(language, english);
    private CultureInfo Culture => PublicLanguage.Culture(language);

    /// <summary>"Full-time" / "Temps plein"; an employment type that means no schema.org value is shown as written.</summary>
    public string? EmploymentType(string? written) =>
        EmploymentTypes.SchemaValue(written) is { } value ? T(EmploymentTypes.Words(value)) : written?.Trim() is { Length: > 0 } w ? w : null;

    public string Remote(string country) => string.Format(Culture, T("Remote, for applicants in {0}"), country.Trim());

    /// <summary>"$80,000 to $95,000 a year" / "80 000 $ à 95 000 $ par année".</summary>
    public string Salary(SalaryRange salary)
    {
        var amount = (salary.Min, salary.Max) switch
        {
            ({ } min, { } max) when min == max => Money(min, salary.Currency),
            ({ } min, { } max) => string.Format(Culture, T("{0} to {1}"), Money(min, salary.Currency), Money(max, salary.Currency)),
            ({ } min, null) => string.Format(Culture, T("from {0}"), Money(min, salary.Currency)),
            (null, { } max) => string.Format(Culture, T("up to {0}"), Money(max, salary.Currency)),
            _ => "",
        };
        var per = salary.Unit switch
        {
            SalaryRange.Hour => "{0} an hour",
            SalaryRange.Day => "{0} a day",
            SalaryRange.Week => "{0} a week",
            SalaryRange.Month => "{0} a month",
            _ => "{0} a year",
        };
        var phrase = string.Format(Culture, T(per), amount);
        return char.ToUpper(phrase[0], Culture) + phrase[1..];
    }

    private string Money(decimal amount, string currency)
    {
        var number = amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", Culture);
        const string nbsp = "\u00A0";
        return (language, currency) switch
        {
            (Languages.French, "CAD") => number + nbsp + "$",
            (Languages.French, "USD") => number + nbsp + "$" + nbsp + "US",
            (Languages.French, "EUR") => number + nbsp + "€",
            (Languages.French, "GBP") => number + nbsp + "£",
            (_, "CAD") => "$" + number,
            (_, "USD") => "US$" + number,
            (_, "EUR") => "€" + number,
            (_, "GBP") => "£" + number,
            _ => number + nbsp + currency,
        };
    }

    /// <summary>"This position is posted in English only." in <paramref name="inLanguage"/>, for a posting in <paramref name="postedIn"/>.</summary>
    public string OneLanguageNote(string postedIn, string inLanguage) =>
        text.In(inLanguage, postedIn == Languages.French ? "This position is posted in French only." : "This position is posted in English only.");
}
