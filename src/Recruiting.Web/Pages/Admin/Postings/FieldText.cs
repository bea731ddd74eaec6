namespace Recruiting.Web.Admin.Postings;

/// <summary>English names of posting fields in the console; the catalog translates them.</summary>
public static class FieldText
{
    public static string Of(string field) => field switch
    {
        "BodyMarkdown" => "Body (Markdown)",
        "LeverId" => "Lever ID",
        "ClosingAt" => "Closing date",
        "EmploymentType" => "Employment type",
        "Locations" => "Locations",
        "Remote" => "Remote work",
        "RemoteCountry" => "Country of remote applicants",
        "Salary" => "Salary",
        "Department" => "Department or team",
        _ => field,
    };
}
