using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

/// <summary>Migration V0015 fills the careers index's columns of postings published before it, by the save's own rule.</summary>
public sealed class PublishedListingBackfillTests
{
    [Theory, Providers]
    public async Task Postings_published_before_V0015_get_their_search_and_filter_columns(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var published = new PostingContent
        {
            Title = "Développeur", Description = "Équipe de Montréal", BodyMarkdown = "x",
            Locations = [new("Montréal", "QC", "Canada")], Remote = true, RemoteCountry = "Canada",
            EmploymentType = "temps plein", Department = " Ingénierie ",
        };
        Guid publishedId, draftId;
        await using (var db = database.NewContext())
        {
            var now = DateTimeOffset.UtcNow;
            var withPublished = new Posting { Slug = "dev", TranslationKey = "dev", Draft = published, Published = published, PublishedHtml = "<p>x</p>", CreatedAt = now, LastModifiedAt = now };
            var draftOnly = new Posting { Slug = "draft", TranslationKey = "draft", Draft = published, CreatedAt = now, LastModifiedAt = now };
            db.Postings.AddRange(withPublished, draftOnly);
            await db.SaveChangesAsync();
            (publishedId, draftId) = (withPublished.Id, draftOnly.Id);
        }
        // Back to the schema before V0015: the columns gone (with V0019's index on them) and the migrations not applied.
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("""DROP INDEX "IX_postings_open_listing" """);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE id = 'V0019_open_listing_index'");
            foreach (var column in new[] { "PublishedSearchText", "PublishedLocations", "PublishedRemote", "PublishedRemoteCountry", "PublishedEmploymentType", "PublishedDepartment" })
            {
                var drop = $"""ALTER TABLE postings DROP COLUMN "{column}" """; // DDL takes no parameters; the names are the test's own
                await db.Database.ExecuteSqlRawAsync(drop);
            }
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE id = 'V0015_public_search'");
        }

        await using (var db = database.NewContext())
            Assert.Equal(["V0015_public_search", "V0019_open_listing_index"], await new SchemaMigrator(provider).MigrateAsync(db));

        await using (var db = database.NewContext())
        {
            var row = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == publishedId);
            var expected = PublishedListing.Of(published)!;
            Assert.Equal("developpeur\nequipe de montreal\nmontreal, qc, canada", row.PublishedSearchText);
            Assert.Equal(expected.SearchText, row.PublishedSearchText);
            Assert.Equal("\nMontréal, QC, Canada\n", row.PublishedLocations);
            Assert.True(row.PublishedRemote);
            Assert.Equal("Canada", row.PublishedRemoteCountry);
            Assert.Equal(EmploymentTypes.FullTime, row.PublishedEmploymentType);
            Assert.Equal("Ingénierie", row.PublishedDepartment);
            var draft = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == draftId);
            Assert.Null(draft.PublishedSearchText);
            Assert.False(draft.PublishedRemote);
        }
    }
}
