using System.ComponentModel.DataAnnotations;
using LfrGovernance.Web.Infrastructure.Authentication;

namespace LfrGovernance.Web.Features.Account;

/// <summary>Local sign-in: a person picks one of the demonstration users.</summary>
public static class LocalSignIn
{
    /// <summary>What the sign-in form posts.</summary>
    public sealed class Input
    {
        /// <summary>The chosen demo user's key.</summary>
        [Required(ErrorMessage = "Choose a demonstration user to sign in as")]
        public string? User { get; set; }

        /// <summary>Where to go after signing in (local addresses only).</summary>
        public string? ReturnUrl { get; set; }
    }

    /// <summary>The sign-in page: the users to choose from, and what was posted.</summary>
    public sealed record Page(IReadOnlyList<LocalDemoUser> Users, Input Input);

    public static Page For(Input input) => new(LocalDemoUsers.All, input);
}
