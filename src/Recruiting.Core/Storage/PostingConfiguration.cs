using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Storage;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> posting)
    {
        posting.ToTable("postings");
        posting.Property(p => p.Language).HasMaxLength(2);
        posting.Property(p => p.Slug).HasMaxLength(PostingLimits.Slug);
        posting.Property(p => p.TranslationKey).HasMaxLength(PostingLimits.TranslationKey);
        posting.Property(p => p.Title).HasMaxLength(PostingLimits.Title);
        posting.Property(p => p.LeverId).HasMaxLength(PostingLimits.LeverId);
        posting.Property(p => p.PublishedTitle).HasMaxLength(PostingLimits.Title);
        posting.Property(p => p.PublishedLeverId).HasMaxLength(PostingLimits.LeverId);
        posting.Property(p => p.PublishedLanguage).HasMaxLength(2);
        posting.Property(p => p.PublishedSlug).HasMaxLength(PostingLimits.Slug);
        posting.Property(p => p.PublishedTranslationKey).HasMaxLength(PostingLimits.TranslationKey);
        posting.Property(p => p.Draft).HasColumnName("DraftJson")
            .HasConversion(JsonColumn.ContentConverter(), JsonColumn.ContentComparer());
        posting.Property(p => p.Published!).HasColumnName("PublishedJson")
            .HasConversion(JsonColumn.ContentConverter(), JsonColumn.ContentComparer());
        posting.Property(p => p.Version).IsConcurrencyToken();
        posting.HasIndex(p => new { p.Language, p.Slug }).IsUnique();
        posting.HasIndex(p => p.TranslationKey);
        posting.HasIndex(p => p.LeverId);
        posting.HasIndex(p => p.ClosingAt);
        posting.HasIndex(p => p.ImportSource);
        // The public side reads the published address (V0010): a posting page by it, the lists by status and language.
        posting.HasIndex(p => new { p.PublishedLanguage, p.PublishedSlug }).IsUnique();
        posting.HasIndex(p => new { p.PublishedTranslationKey, p.PublishedLanguage });
        posting.HasIndex(p => new { p.Status, p.PublishedLanguage, p.PublishedAt });
        // Covering indexes for the console's postings list (V0006): the list and its translation states are read
        // without touching the wide rows, whose JSON columns would otherwise be walked for every posting.
        posting.HasIndex(p => new { p.TrashedAt, p.LastModifiedAt, p.Id, p.Title, p.Language, p.Slug, p.Status, p.TranslationKey, p.ContentChangedAt })
            .HasDatabaseName("IX_postings_list");
        posting.HasIndex(p => new { p.TranslationKey, p.Language, p.TrashedAt, p.ContentChangedAt })
            .HasDatabaseName("IX_postings_translation_pair");
        posting.HasIndex(p => new { p.Status, p.PublishedLanguage, p.FirstPublishedAt });
        posting.HasIndex(p => new { p.PublishedClosingAt, p.Status });
    }

    /// <summary>The rows of <see cref="PublicPostings.Open"/>, in the SQL of a partial index's WHERE.</summary>
    public static readonly string OpenFilter = $"\"TrashedAt\" IS NULL AND \"PublishedLanguage\" IS NOT NULL AND \"Status\" = {(int)PostingStatus.Published}";

    /// <summary>
    /// The careers index's own index (V0019): the open postings only (a partial index on the rule of
    /// <see cref="PublicPostings.Open"/>), by language, newest first, as the index pages them. It starts with the status,
    /// one value in it, so SQLite's planner, which counts the equalities an index serves, prefers it to
    /// (Status, PublishedLanguage, FirstPublishedAt). On SQLite it also holds
    /// every column the index counts, searches, filters on and shows on a card, so a page, its count and its filters'
    /// values are read from it alone, never from the wide rows (their JSON and HTML, several KB each, are stored in the
    /// row itself). PostgreSQL keeps those values out of the index (an index entry has to fit in a third of a page, and
    /// the search text can be longer) and reads the rows, whose large values it stores apart (TOAST).
    /// </summary>
    public static void OpenListingIndex(EntityTypeBuilder<Posting> posting, bool postgres)
    {
        var index = postgres
            ? posting.HasIndex(p => new { p.Status, p.PublishedLanguage, p.FirstPublishedAt, p.Id })
            : posting.HasIndex(p => new
            {
                p.Status, p.PublishedLanguage, p.FirstPublishedAt, p.Id, p.PublishedSlug, p.PublishedTitle, p.PublishedLocations, p.PublishedRemote,
                p.PublishedRemoteCountry, p.PublishedEmploymentType, p.PublishedDepartment, p.PublishedClosingAt, p.PublishedSearchText, p.TrashedAt,
            });
        index.HasDatabaseName("IX_postings_open_listing").HasFilter(OpenFilter)
            .IsDescending([false, false, true, .. Enumerable.Repeat(false, index.Metadata.Properties.Count - 3)]);
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<PostingRevision>
{
    public void Configure(EntityTypeBuilder<PostingRevision> revision)
    {
        revision.ToTable("posting_revisions");
        revision.Property(r => r.Content).HasColumnName("ContentJson")
            .HasConversion(JsonColumn.ContentConverter(), JsonColumn.ContentComparer());
        revision.HasIndex(r => new { r.PostingId, r.Number }).IsUnique();
        revision.HasOne<Posting>().WithMany().HasForeignKey(r => r.PostingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> redirect)
    {
        redirect.ToTable("redirects");
        redirect.Property(r => r.Path).HasMaxLength(PostingLimits.RedirectPath);
        redirect.HasIndex(r => r.Path).IsUnique();
        redirect.HasOne<Posting>().WithMany().HasForeignKey(r => r.PostingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<ContentPage> page)
    {
        page.ToTable("content_pages");
        page.HasIndex(p => new { p.PageType, p.Language }).IsUnique();
        page.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class ContentPageRevisionConfiguration : IEntityTypeConfiguration<ContentPageRevision>
{
    public void Configure(EntityTypeBuilder<ContentPageRevision> revision)
    {
        revision.ToTable("content_page_revisions");
        revision.HasIndex(r => new { r.PageId, r.Number }).IsUnique();
        revision.HasOne<ContentPage>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}
