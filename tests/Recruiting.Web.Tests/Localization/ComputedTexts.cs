using Recruiting.Core.Content;
using Recruiting.Legacy.Import;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Pages.Admin.Postings;

namespace Recruiting.Web.Tests.Localization;

/// <summary>Keys the postings screens compute instead of writing them as literals: statuses, actions, field names, outcomes.</summary>
public static class ComputedTexts
{
    public static IEnumerable<string> Postings =>
        Enum.GetValues<PostingStatus>().Select(StatusText.Of)
            .Concat(Enum.GetValues<ListStatus>().Select(StatusText.ForFilter))
            .Concat(Enum.GetValues<TranslationState>().Select(StatusText.Of))
            .Concat(new[] { "create", "save", "submit", "publish", "schedule", "archive", "unarchive", "unpublish", "trash", "restore", "import" }.Select(ActionText.Of))
            .Concat(PageTypes.JobPosting.Fields.Select(f => FieldText.Of(f.Name)).Where(f => f is not ("Language" or "Slug" or "TranslationKey")))
            .Concat(Enum.GetValues<FileOutcome>().Select(ImportModel.OutcomeText))
            .Concat(ImportUploadError.Templates);
}
