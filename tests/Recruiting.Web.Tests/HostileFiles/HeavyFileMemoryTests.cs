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

/// <summary>The costliest hostile files, each alone through the real command line, refused within a bounded peak memory (figures in the test output).</summary>
public sealed class HeavyFileMemoryTests(ITestOutputHelper output) : HostileFileSuite(output)
{
    [Fact]
    public async Task The_heaviest_files_are_refused_by_the_command_line_within_bounded_memory()
    {
        foreach (var heavy in _cases.Where(c => HostileCorpus.Heaviest.Contains(c.Path)))
        {
            HostileCorpus.WriteTo(_folder.FullName, [heavy]);
            await using var database = await TestDatabase.CreateAsync(migrate: false);
            var run = await AppProcess.RunAsync(Settings(database), CommandTimeout, "import", Path.Combine(_folder.FullName, heavy.Path), "--dry-run", "--json");

            Assert.True(run.ExitCode == ImportCommand.Rejected, $"{heavy}: exit code {run.ExitCode}\n{run.Error}");
            var file = Assert.Single(ReadJsonReport(run.Output)).Value;
            Assert.Contains(file.Messages, m => m.Severity == "error" && m.Code == heavy.Code);
            // A bound, not a timing: an unbounded expansion or parse of these files takes gigabytes.
            Assert.True(run.PeakRssBytes < 1024L * 1024 * 1024, $"{heavy}: peak RSS {run.PeakRssBytes / 1024 / 1024} MiB");
            Output.WriteLine($"command line, {heavy.Path} ({heavy.Bytes.Length:N0} bytes): peak RSS {run.PeakRssBytes / 1024 / 1024} MiB");
        }
    }
}
