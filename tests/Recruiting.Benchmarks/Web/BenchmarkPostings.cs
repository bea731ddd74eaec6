using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Benchmarks.Web;

/// <summary>Fills a fresh SQLite database with published postings (en/fr pairs) through the real PostingWorkflow.</summary>
internal static class BenchmarkPostings
{
    private static readonly string[] Roles = ["Software developer", "Data analyst", "Product designer", "Site reliability engineer",
        "Recruiter", "Accountant", "Support specialist", "Security engineer", "Technical writer", "Project manager"];
    private static readonly string[] Levels = ["Junior", "Intermediate", "Senior", "Lead", "Principal"];
    private static readonly string[] Teams = ["Payments", "Search", "Mobile", "Platform", "Finance", "People", "Identity", "Data"];
    private static readonly JobLocation[] Places = [new("Montréal", "QC", "Canada"), new("Toronto", "ON", "Canada"), new("Québec", "QC", "Canada"),
        new("Vancouver", "BC", "Canada"), new("Halifax", "NS", "Canada"), new("Ottawa", "ON", "Canada"), new("Gatineau", "QC", "Canada")];
    private static readonly string[] Types = [EmploymentTypes.FullTime, EmploymentTypes.FullTime, EmploymentTypes.PartTime, EmploymentTypes.Contractor, EmploymentTypes.Temporary];

    public static async Task CreateAsync(string connection, int count)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseOptions.Sqlite,
            ["ConnectionStrings:Default"] = connection,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddRecruitingCore(config).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RecruitingDb>();
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(db);
            if (await db.Postings.AnyAsync()) return;
        }
        var actor = Actor.System("benchmark");
        for (var batch = 0; batch < count; batch += 200)
        {
            await using var scope = services.CreateAsyncScope();
            var workflow = scope.ServiceProvider.GetRequiredService<PostingWorkflow>();
            for (var i = batch; i < Math.Min(count, batch + 200); i++)
            {
                var pair = i / 2;
                var language = i % 2 == 0 ? Languages.English : Languages.French;
                var title = $"{Levels[pair % Levels.Length]} {Roles[pair / Levels.Length % Roles.Length]}, {Teams[pair % Teams.Length]} {pair}";
                var slug = SlugGenerator.FromText(title) + (language == Languages.French ? "-fr" : "");
                var created = await workflow.CreateAsync(new PostingInput(language, slug, $"job-{pair}", Content(title, language, pair)), actor);
                if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Message)));
                await workflow.PublishAsync(created.Posting!.Id, null, actor);
            }
        }
    }

    /// <summary>Job facts vary by pair (a seventh of the jobs remote, one or two locations, five employment types), so
    /// the careers index's filters and search have realistic values to offer and to narrow.</summary>
    private static PostingContent Content(string title, string language, int pair) => new()
    {
        Title = language == Languages.French ? title + " (poste)" : title,
        Description = $"{title}: build and run what our customers rely on, with a team that cares about quality. {Places[pair % Places.Length].City}.",
        LeverId = Guid.NewGuid().ToString(),
        EmploymentType = Types[pair % Types.Length],
        Department = Teams[pair % Teams.Length],
        Locations = pair % 7 == 3 ? [] : pair % 3 == 0 ? [Places[pair % Places.Length], Places[(pair + 1) % Places.Length]] : [Places[pair % Places.Length]],
        Remote = pair % 7 == 3,
        RemoteCountry = pair % 7 == 3 ? "Canada" : null,
        BodyMarkdown = $"""
            ## About the role

            As **{title}**, you will join a small team that ships every week. You will own features end to end,
            from the first sketch to the measurements after release.

            ## What you will do

            - Design, build and operate services used by thousands of people
            - Review code and share what you learn with the team
            - Talk with customers and turn their problems into plans
            - Keep the quality bar high: tests, monitoring, accessibility

            ## What we are looking for

            1. Several years of experience in a similar role
            2. Clear writing, in English or French
            3. Curiosity, and care for the people who use what you build

            ## What we offer

            | Benefit | Details |
            | --- | --- |
            | Remote work | Anywhere in Canada |
            | Learning | A yearly budget for courses and conferences |
            | Time off | Five weeks from the first year |

            Questions? Write to [careers@example.org](mailto:careers@example.org).
            """,
    };
}
