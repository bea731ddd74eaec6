namespace Recruiting.Web.Admin.Postings;

/// <summary>English names of revision actions in the console; the catalog translates them.</summary>
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
        "send-back" => "Sent back to the author",
        _ => action,
    };
}
