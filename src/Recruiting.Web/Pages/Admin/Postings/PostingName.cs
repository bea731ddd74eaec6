namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// How the console names a posting in lists, confirmations and results: its draft's title, or its slug when it has none
/// (a row stored before titles were required), so every link and question names something.
/// </summary>
public static class PostingName
{
    public static string Of(string? title, string slug) => string.IsNullOrWhiteSpace(title) ? slug : title;
}
