import { Component } from '@angular/core';

@Component({
  selector: 'tp-web-auth',
  imports: [],
  templateUrl: './web-auth.html',
  styleUrl: './web-auth.css'
})
export class WebAuth {}
