using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Admin.Postings;

/// <summary>A problem with an uploaded import, as an English template and its values: the page shows it in the console's language.</summary>
public sealed record ImportUploadError(string Template, params object[] Values)
{
    public const string FileTooLarge = "{0}: the file is larger than {1} MB.";
    public const string UploadTooLarge = "The upload holds more than {0} files or {1} MB of text; import it in smaller parts.";
    public const string NothingChosen = "Choose at least one file to import.";
    public const string UnsafeEntry = "{0}: the entry '{1}' has an unsafe path and was skipped.";
    public const string ZipTooManyFiles = "{0}: more than {1} files; import it in smaller parts.";
    public const string EntryTooLarge = "{0}: '{1}' is larger than {2} MB once unpacked and was skipped.";
    public const string ZipTooLarge = "{0}: more than {1} MB once unpacked; import it in smaller parts.";
    public const string NotAZip = "{0}: this is not a valid .zip file.";
    public const string Expired = "This upload has expired or was already imported; upload the files again.";
    public const string NothingImportable = "None of the files can be imported: see the files skipped below.";

    public static IReadOnlyList<string> Templates { get; } =
        [FileTooLarge, UploadTooLarge, NothingChosen, UnsafeEntry, ZipTooManyFiles, EntryTooLarge, ZipTooLarge, NotAZip, Expired, NothingImportable];

    public string In(IStringLocalizer L) => L[Template, Values];
}
