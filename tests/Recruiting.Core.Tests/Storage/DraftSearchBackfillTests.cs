using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

/// <summary>Migration V0017 fills the console search's folded column of postings saved before it, by the save's own rule.</summary>
public sealed class DraftSearchBackfillTests
{
    [Theory, Providers]
    public async Task Postings_saved_before_V0017_get_their_folded_search_text(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var draft = new PostingContent { Title = "Développeuse à Montréal", LeverId = "ABC-1", BodyMarkdown = "## Rôle\n\nŒuvrer   au Québec." };
        Guid id;
        await using (var db = database.NewContext())
        {
            var now = DateTimeOffset.UtcNow;
            var posting = new Posting { Slug = "dev", TranslationKey = "dev", Draft = draft, CreatedAt = now, LastModifiedAt = now };
            db.Postings.Add(posting);
            await db.SaveChangesAsync();
            id = posting.Id;
        }
        // Back to the schema before V0017: its columns gone and the migration not applied.
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE postings DROP COLUMN "SearchText" """);
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE posting_revisions DROP COLUMN "Comment" """);
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM schema_migrations WHERE id = '{DraftSearchBackfill.Migration}'");
        }

        await using (var db = database.NewContext())
            Assert.Equal([DraftSearchBackfill.Migration], await new SchemaMigrator(provider).MigrateAsync(db));

        await using (var db = database.NewContext())
        {
            var row = await db.Postings.AsNoTracking().SingleAsync(p => p.Id == id);
            Assert.Equal("developpeuse a montreal\nabc-1\n## role oeuvrer au quebec.", row.SearchText);
            Assert.Equal(DraftSearchText.Of(draft), row.SearchText);
        }
    }
}
