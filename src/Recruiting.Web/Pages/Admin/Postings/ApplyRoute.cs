using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Web.Public;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// An open posting's only apply route is its Apply link: `Site:ApplyUrlTemplate` filled with the posting's Lever ID
/// (<see cref="ApplyLink"/>). Without either, candidates reach the page and cannot apply, so the editor's checks say so
/// before publishing, and publishing says it again.
/// </summary>
public static class ApplyRoute
{
    public const string Code = "no-apply-route";
    /// <summary>The warning publishing adds (a general one, beside the field's own check).</summary>
    public static readonly FieldIssue PublishedWithout = new("", "published-without-apply-route",
        "The posting is published, but it shows no Apply link: candidates cannot apply.");

    /// <summary>The check for the editor, or null when the posting has an Apply link or will not be open (archived, in the trash).</summary>
    public static FieldIssue? Missing(PostingForm form, Posting? stored, PublicSiteOptions site)
    {
        if (stored is { Status: PostingStatus.Archived } or { IsTrashed: true }) return null;
        if (string.IsNullOrWhiteSpace(site.ApplyUrlTemplate))
            return new("LeverId", "no-apply-template", "No posting shows an Apply link: the site has no Site:ApplyUrlTemplate. Ask an administrator to set it before publishing.");
        return string.IsNullOrWhiteSpace(form.LeverId)
            ? new("LeverId", Code, "This posting has no Lever ID, so it will show no Apply link: candidates cannot apply. Enter it before publishing.")
            : null;
    }
}
