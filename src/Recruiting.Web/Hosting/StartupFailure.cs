namespace Recruiting.Web.Hosting;

/// <summary>
/// Why the site cannot start, in one sentence for the operator: what failed, where (a path, a host), and which
/// setting to change. Thrown by the start-up steps; <see cref="StartupFailures"/> prints it without a stack trace.
/// </summary>
public sealed class StartupFailure(string message, Exception? cause = null) : Exception(message, cause);
