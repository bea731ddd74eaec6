namespace Recruiting.Core.Content;

/// <summary>
/// The page types this site runs with, registered once in the services (<see cref="CoreServices"/>): the save pipeline,
/// the console, the APIs, the importer and the exporter ask for it rather than naming <see cref="PageTypes"/>, so a
/// site (or a test host) that declares an extra field registers its own set and nothing else changes.
/// </summary>
public sealed record PageTypeSet(PageType JobPosting, PageType CareersIndex)
{
    public static readonly PageTypeSet Default = new(PageTypes.JobPosting, PageTypes.CareersIndex);
}
