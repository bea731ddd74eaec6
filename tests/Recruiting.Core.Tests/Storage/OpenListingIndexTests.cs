using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Core.Tests.Storage;

/// <summary>
/// The careers index (its count, a page of cards and its filters' values, with or without a search) reads the open
/// postings from IX_postings_open_listing alone, never from the wide posting rows: every query the reader sends is asked
/// of SQLite's planner on the migrated schema. It fails when the reader reads a column the index lacks, or when the
/// public rule (PublicPostings.Open) and the index's WHERE drift apart, since SQLite then cannot use the partial index.
/// </summary>
public sealed class OpenListingIndexTests
{
    public static TheoryData<string> Queries => ["", "q=developpeur montreal", "location+type", "q=senior&department&remote"];

    [Theory, MemberData(nameof(Queries))]
    public async Task Every_query_of_the_careers_index_is_answered_from_the_covering_index(string name)
    {
        var query = name switch
        {
            "" => CareersQuery.All,
            "q=developpeur montreal" => new CareersQuery("Développeur Montréal"),
            "location+type" => new CareersQuery(Location: "Montréal, QC, Canada", EmploymentType: "FULL_TIME"),
            _ => new CareersQuery("senior", Department: "Payments", RemoteOnly: true),
        };
        await using var database = await TestDatabase.CreateAsync();
        var commands = new Recorder();
        await using (var db = database.NewContext(commands))
        {
            await Seed(db);
            commands.Sql.Clear();
            var reader = new PublicPostingReader(db);
            await reader.SearchOpenAsync("en", query, 1, 50, default);
            await reader.FacetsAsync("en", default);
        }

        Assert.Equal(3, commands.Sql.Count); // count, page, filter values
        await using var plain = database.NewContext();
        await plain.Database.OpenConnectionAsync();
        foreach (var (sql, parameters) in commands.Sql)
        {
            var plan = await PlanAsync(plain.Database.GetDbConnection(), sql, parameters);
            Assert.True(plan.Contains("USING COVERING INDEX IX_postings_open_listing (Status=? AND PublishedLanguage=?)"), $"{sql}\n---\n{plan}");
            Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", plan);
        }
    }

    /// <summary>One open posting that every query finds, so the reader sends its page query too (it skips it when the count is 0).</summary>
    private static async Task Seed(RecruitingDb db)
    {
        var now = DateTimeOffset.UtcNow;
        var content = new PostingContent
        {
            Title = "Senior développeur", Description = "Build.", BodyMarkdown = "Body.", Locations = [new("Montréal", "QC", "Canada")],
            Remote = true, RemoteCountry = "Canada", EmploymentType = "FULL_TIME", Department = "Payments",
        };
        db.Postings.Add(new Posting
        {
            Language = "en", Slug = "senior-developer", TranslationKey = "senior-developer",
            Draft = content, Status = PostingStatus.Published, CreatedAt = now, LastModifiedAt = now, ContentChangedAt = now,
            FirstPublishedAt = now, PublishedAt = now, PublishedLanguage = "en", PublishedSlug = "senior-developer",
            PublishedTranslationKey = "senior-developer", Published = content, PublishedHtml = "<p>Body.</p>",
        });
        await db.SaveChangesAsync();
    }

    private static async Task<string> PlanAsync(DbConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            (p.ParameterName, p.Value) = (name, value ?? DBNull.Value);
            command.Parameters.Add(p);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return string.Join("\n", steps);
    }

    private sealed class Recorder : DbCommandInterceptor
    {
        public List<(string Sql, IReadOnlyList<(string, object?)> Parameters)> Sql { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData data,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                Sql.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, data, result, ct);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData data,
            InterceptionResult<object> result, CancellationToken ct = default)
        {
            Sql.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ScalarExecutingAsync(command, data, result, ct);
        }
    }
}
