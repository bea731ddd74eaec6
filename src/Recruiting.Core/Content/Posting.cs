namespace Recruiting.Core.Content;

/// <summary>
/// A job posting in one language. It carries two versions of its content: the working
/// <see cref="Draft"/> that editors change, and the <see cref="Published"/> version the public sees,
/// so a published posting stays live while its next draft is edited.
/// </summary>
public sealed class Posting
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Language { get; set; } = Languages.English;
    public string Slug { get; set; } = "";
    /// <summary>Links the language versions of one job; shared by a posting and its translation.</summary>
    public string TranslationKey { get; set; } = "";
    public PostingStatus Status { get; set; }

    public PostingContent Draft
    {
        get => _draft;
        set { _draft = value; Title = value.Title; LeverId = value.LeverId; ClosingAt = value.ClosingAt; SearchText = DraftSearchText.Of(value); }
    }
    private PostingContent _draft = new();

    /// <summary>Copies of the draft's title, leverId and closing date, as columns the console can search, sort and filter.</summary>
    public string Title { get; private set; } = "";
    public string? LeverId { get; private set; }
    public DateTimeOffset? ClosingAt { get; private set; }
    /// <summary>The draft's <see cref="DraftSearchText"/>: what the console's list searches, accents and case ignored.</summary>
    public string SearchText { get; private set; } = "";

    public PostingContent? Published
    {
        get => _published;
        set
        {
            _published = value;
            PublishedTitle = value?.Title;
            PublishedClosingAt = value?.ClosingAt;
            PublishedLeverId = value?.LeverId;
            var listing = PublishedListing.Of(value);
            PublishedSearchText = listing?.SearchText;
            PublishedLocations = listing?.Locations;
            PublishedRemote = listing?.Remote ?? false;
            PublishedRemoteCountry = listing?.RemoteCountry;
            PublishedEmploymentType = listing?.EmploymentType;
            PublishedDepartment = listing?.Department;
        }
    }
    private PostingContent? _published;

    /// <summary>A copy of the published title, so public lists read it without loading the bodies.</summary>
    public string? PublishedTitle { get; private set; }
    /// <summary>A copy of the published closing date, so the scheduler finds expired postings with an index.</summary>
    public DateTimeOffset? PublishedClosingAt { get; private set; }
    /// <summary>A copy of the published leverId: a re-posted job's postings pair with their translations by it.</summary>
    public string? PublishedLeverId { get; private set; }
    /// <summary>Copies of the published content's <see cref="PublishedListing"/>: what the careers index searches and filters.</summary>
    public string? PublishedSearchText { get; private set; }
    public string? PublishedLocations { get; private set; }
    public bool PublishedRemote { get; private set; }
    public string? PublishedRemoteCountry { get; private set; }
    public string? PublishedEmploymentType { get; private set; }
    public string? PublishedDepartment { get; private set; }
    /// <summary>The sanitized HTML of <see cref="Published"/>, rendered once when it is published.</summary>
    public string? PublishedHtml { get; set; }

    /// <summary>
    /// The address the public sees (language, slug, translation key), copied from the draft's on publication and cleared
    /// when unpublished: saving a draft that moves the posting changes nothing public until it is published.
    /// </summary>
    public string? PublishedLanguage { get; set; }
    public string? PublishedSlug { get; set; }
    public string? PublishedTranslationKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastModifiedAt { get; set; }
    public DateTimeOffset? FirstPublishedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? ScheduledPublishAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
    public DateTimeOffset? TrashedAt { get; set; }
    /// <summary>When the content last changed in a way a translation should follow (publish or save).</summary>
    public DateTimeOffset ContentChangedAt { get; set; }

    /// <summary>Bumped by every save; the optimistic-concurrency token editors send back.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The legacy file this posting came from, and the hash of its text at the last import.</summary>
    public string? ImportSource { get; set; }
    public string? ImportHash { get; set; }
    /// <summary>The <see cref="Version"/> the last import left; a higher version means edited in the CMS since.</summary>
    public int? ImportedVersion { get; set; }

    public bool IsTrashed => TrashedAt is not null;
    public bool HasUnpublishedChanges => Published is null || !Published.SameAs(Draft)
        || PublishedLanguage != Language || PublishedSlug != Slug || PublishedTranslationKey != TranslationKey;
}
