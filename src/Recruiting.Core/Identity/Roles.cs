namespace Recruiting.Core.Identity;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Publisher = "Publisher";
    public const string Author = "Author";
    public static readonly IReadOnlyList<string> All = [Administrator, Publisher, Author];

    /// <summary>Authorization policy names; each role includes the ones below it.</summary>
    public const string CanAuthor = "CanAuthor";
    public const string CanPublish = "CanPublish";
    public const string CanAdminister = "CanAdminister";
}
