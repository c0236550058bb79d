namespace LfrGovernance.Web.Infrastructure;

/// <summary>The application cannot start as configured. The message tells an operator what to change;
/// Program prints it without a stack trace and exits with code 1.</summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException(string message) : base(message) { }

    public StartupConfigurationException(string message, Exception innerException) : base(message, innerException) { }

    public StartupConfigurationException() { }
}
