using Recruiting.Legacy.Import;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin.Postings;

/// <summary>
/// Import from the console: upload, see the importer's dry-run report, then confirm to import with the same
/// rules as the command line. The upload is kept server-side between the two steps (see <see cref="PendingImports"/>).
/// </summary>
[Authorize(Policy = Roles.CanPublish)]
[RequestSizeLimit(UploadedImport.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadedImport.MaxUploadBytes)]
public sealed class ImportModel(LegacyImporter importer, PendingImports pending) : PageModel
{
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public bool Force { get; set; }
    [BindProperty] public string? UploadId { get; set; }

    public IReadOnlyList<ImportUploadError> Errors { get; private set; } = [];
    public ImportReport? Report { get; private set; }
    /// <summary>The files of the upload that are not imported (on their own or in a zip), with the reason; listed on both steps.</summary>
    public IReadOnlyList<UploadedImport.SkippedFile> Skipped { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken ct)
    {
        var upload = await UploadedImport.ReadAsync(files, ct);
        Errors = upload.Errors;
        Skipped = upload.Skipped;
        if (upload.Sources.Count == 0) return Invalid();
        UploadId = await pending.KeepAsync(Owner, new(upload.Sources, upload.Skipped), ct);
        Report = await importer.ImportAsync(upload.Sources, Options(dryRun: true), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var upload = await pending.FindAsync(UploadId, Owner, ct);
        if (upload is null)
        {
            Errors = [new(ImportUploadError.Expired)];
            UploadId = null;
            return Invalid();
        }
        Skipped = upload.Skipped;
        Report = await importer.ImportAsync(upload.Sources, Options(dryRun: false), ct);
        pending.Remove(UploadId!);
        UploadId = null;
        return Page();
    }

    /// <summary>The English name of a file's outcome in the report; the catalog translates it.</summary>
    public static string OutcomeText(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Created => "New posting",
        FileOutcome.Updated => "Update",
        _ => outcome.ToString(),
    };

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string Owner => HttpContext.Actor().Name;

    private ImportOptions Options(bool dryRun) =>
        new(Language is "en" or "fr" ? Language : null, dryRun, Force, HttpContext.Actor().Name + AuditTexts.ConsoleImportSuffix);
}
