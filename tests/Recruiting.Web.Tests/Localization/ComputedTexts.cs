using Recruiting.Core.Content;
using Recruiting.Legacy.Import;
using Recruiting.Web.Admin.Postings;
using Recruiting.Web.Pages.Admin.Postings;

namespace Recruiting.Web.Tests.Localization;

/// <summary>Keys the postings screens compute instead of writing them as literals: statuses, actions, field names, outcomes, content checks' sentences.</summary>
public static class ComputedTexts
{
    public static IEnumerable<string> Postings =>
        Enum.GetValues<PostingStatus>().Select(StatusText.Of)
            .Concat(Enum.GetValues<ListStatus>().Select(StatusText.ForFilter))
            .Concat(Enum.GetValues<TranslationState>().Select(StatusText.Of))
            .Concat(new[] { "create", "save", "submit", "publish", "schedule", "archive", "unarchive", "unpublish", "trash", "restore", "import", "send-back" }.Select(ActionText.Of))
            .Concat(PageTypes.JobPosting.Fields.Select(f => FieldText.Of(f.Name)).Where(f => f is not ("Language" or "Slug" or "TranslationKey")))
            .Concat(Enum.GetValues<FileOutcome>().Select(ImportModel.OutcomeText))
            .Concat(ImportUploadError.Templates).Append(UploadedImport.NotMarkdown)
            .Concat(Enum.GetValues<BulkAction>().SelectMany(a => new[] { BulkActions.Name(a), BulkActions.Consequence(a), BulkActions.Done(a) }))
            .Concat(ConfirmedActions.AskFirst.SelectMany(a => new[] { ConfirmedActions.Question(a), ConfirmedActions.Consequence(a) }))
            .Concat(Recruiting.Core.Lint.LintText.All.Select(t => "lint." + t.Key));

    /// <summary>Every action the code writes to the audit log and every actor the system acts as, as keys of <see cref="Recruiting.Web.Admin.AuditTexts"/>.</summary>
    public static IEnumerable<string> Audit =>
        typeof(Recruiting.Web.Admin.AuditActions).GetFields().Select(f => (string)f.GetRawConstantValue()!)
            .Concat(new[] { "create", "save", "submit", "publish", "schedule", "archive", "unarchive", "unpublish", "trash", "restore", "import", "send-back" }.Select(a => "posting." + a))
            .Concat(["page.save", "apitoken.created", "apitoken.revoked", "apitoken.used", "webhook.tested",
                     "webhook.created", "webhook.enabled", "webhook.disabled", "webhook.deleted", "webhook.resent"])
            .Select(Recruiting.Web.Admin.AuditTexts.ActionKey)
            .Concat(new[] { "scheduler", "import", "import (start-up)", "import (command line)", "command line (create-admin)" }.Select(Recruiting.Web.Admin.AuditTexts.ActorKey))
            .Append("actor.console-import");
}
