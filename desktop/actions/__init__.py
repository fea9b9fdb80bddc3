"""What the user can do, declared once: the actions, their menus, shortcuts, toolbar and help."""
