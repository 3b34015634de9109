"""workshop_app: an offline desktop app for running leadership-and-operations workshops."""

__version__ = "0.1.0"
APP_NAME = "workshop-app"
ORG_NAME = "workshop-app"
DESKTOP_ID = "org.workshopapp.WorkshopApp"
