namespace Recruiting.Web.Admin.Postings;

/// <summary>English names of revision actions and posting fields in the console; the catalog translates them.</summary>
public static class ActionText
{
    public static string Of(string action) => action switch
    {
        "create" => "Created",
        "save" => "Saved",
        "submit" => "Submitted for review",
        "publish" => "Publication",
        "schedule" => "Scheduling",
        "archive" => "Archiving",
        "unarchive" => "Unarchiving",
        "unpublish" => "Unpublishing",
        "trash" => "Moved to the trash",
        "restore" => "Restored from the trash",
        "import" => "Imported",
        _ => action,
    };
}

public static class FieldText
{
    public static string Of(string field) => field switch
    {
        "BodyMarkdown" => "Body (Markdown)",
        "LeverId" => "Lever ID",
        "ClosingAt" => "Closing date",
        "EmploymentType" => "Employment type",
        _ => field,
    };
}
