using Microsoft.Extensions.Logging;
using Recruiting.Testing;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.Hosting;

public sealed class LoggingDefaultsTests
{
    [Fact]
    public async Task The_per_request_hosting_log_is_off_unless_the_operator_asks_for_it()
    {
        await using var quiet = await TestApp.StartAsync();
        await using var asked = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            [$"Logging:LogLevel:{LoggingDefaults.HostingRequestLog}"] = "Information",
        });

        Assert.False(quiet.Service<ILoggerFactory>().CreateLogger(LoggingDefaults.HostingRequestLog).IsEnabled(LogLevel.Critical));
        Assert.True(asked.Service<ILoggerFactory>().CreateLogger(LoggingDefaults.HostingRequestLog).IsEnabled(LogLevel.Information));
        Assert.True(quiet.Service<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware").IsEnabled(LogLevel.Error));
    }
}
