// What every page model uses: Razor Pages, MVC results and attributes, authorization and the roles.
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Recruiting.Core.Identity;
