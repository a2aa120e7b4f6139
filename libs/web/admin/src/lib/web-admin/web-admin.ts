import { Component } from '@angular/core';

@Component({
  selector: 'tp-web-admin',
  imports: [],
  templateUrl: './web-admin.html',
  styleUrl: './web-admin.css'
})
export class WebAdmin {}
