using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;
using Recruiting.Testing;
using Recruiting.Web.Cli;
using Xunit.Abstractions;

namespace Recruiting.Web.Tests.HostileFiles;

/// <summary>The hostile corpus through `import --json` as a real process, on SQLite and PostgreSQL: the same outcome for every file on both.</summary>
public sealed class CommandLineHostileFileTests(ITestOutputHelper output) : HostileFileSuite(output)
{
    [Fact]
    public async Task The_command_line_imports_the_good_files_and_rejects_each_bad_one_alike_on_both_databases()
    {
        HostileCorpus.WriteTo(_folder.FullName, _cases);
        var outcomes = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var provider in Providers())
        {
            await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
            var run = await AppProcess.RunAsync(Settings(database), CommandTimeout, "import", _folder.FullName, "--json");

            Assert.True(run.ExitCode == ImportCommand.Rejected, $"{provider}: exit code {run.ExitCode}\n{run.Error}");
            var files = ReadJsonReport(run.Output); // standard output holds the report and nothing else
            AssertOutcomes(files, provider);
            await AssertNothingHalfWrittenAsync(database, files, id => Path.Combine(_folder.FullName, id));
            outcomes[provider] = files.ToDictionary(f => f.Key, f => f.Value.Outcome);
            Output.WriteLine($"command line, {provider}: {_cases.Count} cases, {files.Count(f => f.Value.Outcome == "Created")} imported, " +
                $"{files.Count(f => f.Value.Outcome == "Rejected")} rejected, 0 crashes (exit {run.ExitCode}), peak RSS {run.PeakRssBytes / 1024 / 1024} MiB");
        }
        if (outcomes.Count == 2) Assert.Equal(outcomes[DatabaseOptions.Sqlite], outcomes[DatabaseOptions.Postgres]);
    }
}
