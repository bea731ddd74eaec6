namespace Recruiting.Web.Admin;

/// <summary>The audit log's action names for accounts, so the log can be filtered by them.</summary>
public static class AuditActions
{
    public const string SignedIn = "user.signed-in";
    public const string SignedOut = "user.signed-out";
    public const string SignInFailed = "user.sign-in-failed";
    public const string SignInRefused = "user.sign-in-refused";
    public const string LockedOut = "user.locked-out";
    public const string PasswordChanged = "user.password-changed";
    public const string Created = "user.created";
    public const string RolesChanged = "user.roles-changed";
    public const string Disabled = "user.disabled";
    public const string Enabled = "user.enabled";
    public const string PasswordReset = "user.password-reset";
}
